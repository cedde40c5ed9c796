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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * The Prometheus metrics tell how busy the programme is; only a member of the administrators'
 * group reads them, with HTTP Basic (which is what a Prometheus scrape job sends), checked as the
 * engine REST API checks its logins. Health stays open to the load balancer and shows no details.
 */
final class MetricsLogin implements Filter {

  private final ProcessEngine engine;
  private final HttpBasicAuthenticationProvider basicLogin = new HttpBasicAuthenticationProvider();

  MetricsLogin(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    AuthenticationResult login = basicLogin.extractAuthenticatedUser((HttpServletRequest) request, engine);
    if (!login.isAuthenticated()) {
      http.setHeader("WWW-Authenticate", "Basic realm=\"metrics\", charset=\"UTF-8\"");
      refuse(http, HttpServletResponse.SC_UNAUTHORIZED, "请以管理员账号登录后读取运行指标。");
    } else if (engine.getIdentityService().createGroupQuery().groupMember(login.getAuthenticatedUser())
        .groupId(Groups.ADMIN).count() == 0) {
      refuse(http, HttpServletResponse.SC_FORBIDDEN, "运行指标仅向管理员开放。");
    } else {
      chain.doFilter(request, response);
    }
  }

  private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
  }
}
