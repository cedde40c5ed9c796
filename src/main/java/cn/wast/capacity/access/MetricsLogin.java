package cn.wast.capacity.access;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;

/**
 * The Prometheus metrics tell how busy the programme is; only a member of the administrators'
 * group reads them, with HTTP Basic (which is what a Prometheus scrape job sends). Health stays
 * open to the load balancer and shows no details.
 */
final class MetricsLogin implements Filter {

  private static final String BASIC = "Basic ";

  private final IdentityService identityService;

  MetricsLogin(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    String[] credentials = credentials((HttpServletRequest) request);
    if (credentials == null || !identityService.checkPassword(credentials[0], credentials[1])) {
      http.setHeader("WWW-Authenticate", "Basic realm=\"metrics\", charset=\"UTF-8\"");
      refuse(http, HttpServletResponse.SC_UNAUTHORIZED, "请以管理员账号登录后读取运行指标。");
    } else if (identityService.createGroupQuery().groupMember(credentials[0]).groupId(Groups.ADMIN).count() == 0) {
      refuse(http, HttpServletResponse.SC_FORBIDDEN, "运行指标仅向管理员开放。");
    } else {
      chain.doFilter(request, response);
    }
  }

  private static String[] credentials(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
  }
}
