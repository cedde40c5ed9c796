package cn.wast.capacity.login;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.login.LoginThrottle.Refusal;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * In front of every way to log in: it tells the engine's password check ({@link
 * ThrottledIdentityProvider}) the client's address, and it answers a throttled login itself, with
 * 429, {@code Retry-After} and a Chinese message, before anything else reads the request. The
 * logins are the webapps' ({@code POST …/auth/user/{engine}/login/{app}}, user in the form) and
 * HTTP Basic to the engine REST API and the metrics.
 */
final class LoginGate implements Filter {

  static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

  private final LoginAttempts attempts;
  private final ProgrammeClock clock;

  LoginGate(LoginAttempts attempts, ProgrammeClock clock) {
    this.attempts = attempts;
    this.clock = clock;
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    String path = request.getRequestURI().substring(request.getContextPath().length());
    LoginClient client = new LoginClient(request.getRemoteAddr(), LoginChannel.ofPath(path));
    Optional<String> claimed = Optional.empty();
    if (isWebappLogin(request, path)) {
      ReplayedBody body = ReplayedBody.of(request);
      request = body;
      claimed = body.formField("username");
    } else if (client.channel() == LoginChannel.REST || client.channel() == LoginChannel.METRICS) {
      claimed = basicUser(request);
    }
    if (claimed.isPresent()) {
      Optional<Refusal> refusal = attempts.refuse(claimed.get(), client);
      if (refusal.isPresent()) {
        refuse((HttpServletResponse) response, refusal.get());
        return;
      }
    }
    LoginClient.set(client);
    try {
      chain.doFilter(request, response);
    } finally {
      LoginClient.clear();
    }
  }

  private static boolean isWebappLogin(HttpServletRequest request, String path) {
    return "POST".equals(request.getMethod()) && path.startsWith(WEBAPP_LOGIN) && path.contains("/login/");
  }

  private static Optional<String> basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("basic ")) {
      return Optional.empty();
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon > 0 ? Optional.of(credentials.substring(0, colon)) : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
    Instant now = clock.now();
    long seconds = refusal.seconds(now);
    String who = refusal.byAddress() ? "您所在网络地址的登录失败次数过多" : "该账号的登录失败次数过多";
    String message = refusal.lock()
        ? who + "，登录已暂停，将于 " + clock.format(refusal.until()) + " 自动恢复，届时请再试。此期间不校验密码。"
        : who + "，请在 " + seconds + " 秒后再试。此期间不校验密码。";
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"type\":\"LoginThrottled\",\"message\":\"" + message + "\"}")
        .getBytes(StandardCharsets.UTF_8));
  }
}
