package cn.wast.capacity.access;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API answers only to a logged-in user (HTTP Basic), whose authorizations it
 * then applies; and the webapps' first-administrator set-up is closed, so that an empty admin
 * group can never be claimed by whoever comes first.
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
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
