package cn.wast.capacity.access;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every response of the system's own pages (documents, ranking sheet, public notice, objection
 * attachments, the society's page; pages, files and refusals alike) may be framed only by the
 * system itself and is never cached (they carry confidential materials or change by the minute).
 * Each page adds its own Content-Security-Policy; {@code WebSecurityFilters} hardens every response.
 */
@Configuration(proxyBeanMethods = false)
public class OwnPageHeaders {

  /** The Content-Security-Policy of our pages without scripts, images or frames of their own. */
  public static final String PAGE_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";

  @Bean
  FilterRegistrationBean<Filter> ownPageHeadersFilter() {
    Filter headers = (request, response, chain) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setHeader("X-Frame-Options", "SAMEORIGIN");
      http.setHeader("Cache-Control", "no-store");
      http.setHeader("Pragma", "no-cache");
      http.setHeader("Referrer-Policy", "same-origin");
      chain.doFilter(request, response);
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(headers);
    registration.addUrlPatterns("/documents", "/documents/*", "/review/*", "/public", "/public/*",
        "/objections/*", "/society", "/society/*", "/reports", "/reports/*", "/navigation", "/audit/*", "/office", "/office/*");
    registration.setName("ownPageHeaders");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
