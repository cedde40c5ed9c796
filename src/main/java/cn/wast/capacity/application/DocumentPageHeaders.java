package cn.wast.capacity.application;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every response under {@code /documents} (pages, files, refusals) may be framed only by the
 * system itself, is never cached (the files are a society's confidential materials), and is
 * never content-sniffed by the browser.
 */
@Configuration(proxyBeanMethods = false)
class DocumentPageHeaders {

  @Bean
  FilterRegistrationBean<Filter> documentHeaders() {
    Filter headers = (request, response, chain) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setHeader("X-Frame-Options", "SAMEORIGIN");
      http.setHeader("Cache-Control", "no-store");
      http.setHeader("Pragma", "no-cache");
      http.setHeader("X-Content-Type-Options", "nosniff");
      http.setHeader("Referrer-Policy", "same-origin");
      chain.doFilter(request, response);
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(headers);
    registration.addUrlPatterns("/documents", "/documents/*", "/review/*");
    registration.setName("documentHeaders");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
