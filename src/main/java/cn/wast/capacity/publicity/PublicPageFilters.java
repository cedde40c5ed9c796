package cn.wast.capacity.publicity;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PublicPageFilters {

  @Bean
  FilterRegistrationBean<PublicPageRateLimit> publicPageRateLimit(PublicityProperties publicity) {
    FilterRegistrationBean<PublicPageRateLimit> registration = new FilterRegistrationBean<>(new PublicPageRateLimit(
        publicity.pageRequestLimit(), publicity.pageRequestWindow().toMillis(), System::currentTimeMillis));
    registration.addUrlPatterns("/public", "/public/*");
    registration.setName("publicPageRateLimit");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
