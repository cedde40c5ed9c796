package cn.wast.capacity.publicity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The public notice is open to anyone, so each client address may ask for it (page, objections,
 * everything under {@code /public}) only {@code capacity.publicity.page-request-limit} times per
 * {@code page-request-window}; beyond that it gets 429 with a Chinese page and the seconds to
 * wait (never cached and under a policy that allows nothing, as every response of our pages is).
 * Behind a proxy the address is the forwarded client address. Counted per node, in memory:
 * a flood is turned away before it reaches the database; the objections' own limit (R-SUP-2) is
 * counted from the stored objections, across nodes.
 */
final class PublicPageRateLimit implements Filter {

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="zh-CN"><head><meta charset="UTF-8"><title>请求过于频繁 · 学会能力提升专项公示</title></head>
      <body><h1>请求过于频繁</h1><p>您的访问过于频繁，请在 %d 秒后再打开公示页面。</p></body></html>
      """;

  private final int limit;
  private final long windowMillis;
  private final LongSupplier millis;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  PublicPageRateLimit(int limit, long windowMillis, LongSupplier millis) {
    this.limit = limit;
    this.windowMillis = windowMillis;
    this.millis = millis;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long now = millis.getAsLong();
    if (allows(request.getRemoteAddr(), now)) {
      chain.doFilter(request, response);
      return;
    }
    long waitSeconds = Math.max(1, (windowMillis - now % windowMillis + 999) / 1000);
    HttpServletResponse http = (HttpServletResponse) response;
    http.setStatus(429);
    http.setHeader("Retry-After", Long.toString(waitSeconds));
    http.setContentType("text/html;charset=UTF-8");
    http.getOutputStream().write(PAGE.formatted(waitSeconds).getBytes(StandardCharsets.UTF_8));
  }

  /** Counts this request of the address; false when it is one too many in the current window. */
  boolean allows(String address, long nowMillis) {
    long index = nowMillis / windowMillis;
    if (windows.size() > 10_000) {
      windows.values().removeIf(window -> window.index < index);
    }
    Window window = windows.compute(address,
        (key, old) -> old == null || old.index != index ? new Window(index, 1) : new Window(index, old.count + 1));
    return window.count <= limit;
  }

  private record Window(long index, int count) {}
}
