package cn.wast.capacity.login;

import cn.wast.capacity.ProgrammeClock;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The {@link LoginGate} on every path, ahead of the engine REST API's and the metrics' logins. */
@Configuration(proxyBeanMethods = false)
class LoginGateRegistration {

  @Bean
  FilterRegistrationBean<Filter> loginGate(LoginAttempts attempts, ProgrammeClock clock) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LoginGate(attempts, clock));
    registration.addUrlPatterns("/*");
    registration.setName("loginGate");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }
}
