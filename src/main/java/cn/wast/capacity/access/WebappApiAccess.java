package cn.wast.capacity.access;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The Cockpit and Admin plugins' APIs answer only to users who may open Cockpit or Admin.
 * Camunda lets any signed-in user call them (the pages are guarded, their APIs are not); a
 * society signed in to Tasklist gets 403 here. Without a sign-in the webapps answer 401 themselves.
 */
final class WebappApiAccess implements Filter {

  private static final String COCKPIT_API = "/camunda/api/cockpit/";
  private static final String ADMIN_PLUGIN_API = "/camunda/api/admin/plugin/";

  private final CurrentUser currentUser;

  WebappApiAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    String webapp = path.startsWith(COCKPIT_API) ? "cockpit" : path.startsWith(ADMIN_PLUGIN_API) ? "admin" : null;
    if (webapp == null || currentUser.of(http).isEmpty() || currentUser.mayUse(http, webapp)) {
      chain.doFilter(request, response);
      return;
    }
    WebappApiRefusal.forbidden((HttpServletResponse) response,
        "您的账号无权使用" + ("cockpit".equals(webapp) ? "流程监控（Cockpit）" : "系统管理（Admin）") + "。");
  }
}
