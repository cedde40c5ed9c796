package cn.wast.capacity.access;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web's gates, in the order they apply:
 * <ul>
 *   <li>every response is hardened: never content-sniffed, under a Content-Security-Policy that
 *       allows nothing unless the page sets its own, with cookies that stay on HTTPS when the
 *       request came over HTTPS and that scripts cannot read (but for the webapps' CSRF token,
 *       see {@link HardenedResponse});
 *   <li>the webapps' first-administrator set-up is closed, so that an empty admin group can never
 *       be claimed by whoever comes first;
 *   <li>the engine REST API answers only to a logged-in user (HTTP Basic), whose authorizations
 *       it then applies; the metrics only to an administrator;
 *   <li>the Cockpit and Admin plugins' APIs only to those webapps' users.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityFilters {

  /** For responses that set no policy of their own: JSON, files, errors. */
  static final String NOTHING_ALLOWED_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Bean
  FilterRegistrationBean<Filter> responseHardening() {
    Filter harden = (request, response, chain) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setHeader("X-Content-Type-Options", "nosniff");
      http.setHeader(HardenedResponse.CONTENT_SECURITY_POLICY, NOTHING_ALLOWED_POLICY);
      chain.doFilter(request, new HardenedResponse(http, request.isSecure()));
    };
    return registration(harden, "responseHardening", 0, "/*");
  }

  @Bean
  FilterRegistrationBean<Filter> adminSetupClosed() {
    Filter refuse = (request, response, chain) -> WebappApiRefusal.forbidden((HttpServletResponse) response,
        "管理员初始化已关闭，请由系统管理员在管理端创建账号。");
    return registration(refuse, "adminSetupClosed", 1, "/camunda/api/admin/setup/*");
  }

  @Bean
  FilterRegistrationBean<Filter> engineRestLogin() {
    FilterRegistrationBean<Filter> registration =
        registration(new ProcessEngineAuthenticationFilter(), "engineRestLogin", 10, "/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> metricsLogin(ProcessEngine engine) {
    return registration(new MetricsLogin(engine), "metricsLogin", 10, "/actuator/prometheus", "/actuator/prometheus/*");
  }

  @Bean
  FilterRegistrationBean<Filter> webappApiAccess(CurrentUser currentUser) {
    return registration(new WebappApiAccess(currentUser), "webappApiAccess", 11, "/camunda/api/cockpit/*",
        "/camunda/api/admin/plugin/*");
  }

  /** The filter on those paths, {@code rank} places after the first of all filters. */
  private static FilterRegistrationBean<Filter> registration(Filter filter, String name, int rank, String... paths) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(paths);
    registration.setName(name);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + rank);
    return registration;
  }
}
