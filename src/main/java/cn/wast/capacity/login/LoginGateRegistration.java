package cn.wast.capacity.login;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.CurrentUser;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The {@link LoginGate} on every path, ahead of the engine REST API's and the metrics' logins;
 * then {@link InactiveAccountSessions}, ahead of the webapps and our pages.
 */
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

  @Bean
  FilterRegistrationBean<Filter> inactiveAccountSessions(CurrentUser currentUser, AccountStanding standing) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new InactiveAccountSessions(currentUser, standing));
    registration.addUrlPatterns("/*");
    registration.setName("inactiveAccountSessions");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }
}
