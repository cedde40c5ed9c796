package cn.wast.capacity.access;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API answers only to a logged-in user (HTTP Basic), whose authorizations it
 * then applies; the webapps' first-administrator set-up is closed, so that an empty admin group
 * can never be claimed by whoever comes first; the metrics are for administrators; and every
 * response is hardened: never content-sniffed, under a Content-Security-Policy that allows nothing
 * unless the page sets its own, with cookies that stay on HTTPS when the request came over HTTPS
 * and that scripts cannot read (but for the webapps' CSRF token, see {@link HardenedResponse}). The Cockpit and Admin plugins' APIs are for those webapps' users.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityFilters {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestLogin() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setName("engineRestLogin");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

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
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(harden);
    registration.addUrlPatterns("/*");
    registration.setName("responseHardening");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<MetricsLogin> metricsLogin(IdentityService identityService) {
    FilterRegistrationBean<MetricsLogin> registration = new FilterRegistrationBean<>(new MetricsLogin(identityService));
    registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*");
    registration.setName("metricsLogin");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappApiAccess> webappApiAccess(CurrentUser currentUser) {
    FilterRegistrationBean<WebappApiAccess> registration = new FilterRegistrationBean<>(new WebappApiAccess(currentUser));
    registration.addUrlPatterns("/camunda/api/cockpit/*", "/camunda/api/admin/plugin/*");
    registration.setName("webappApiAccess");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> adminSetupClosed() {
    Filter refuse = (request, response, chain) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setStatus(HttpServletResponse.SC_FORBIDDEN);
      http.setContentType("application/json;charset=UTF-8");
      http.getOutputStream().write(
          "{\"type\":\"Forbidden\",\"message\":\"管理员初始化已关闭，请由系统管理员在管理端创建账号。\"}"
              .getBytes(StandardCharsets.UTF_8));
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(refuse);
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setName("adminSetupClosed");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
