package cn.wast.capacity.access;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Locale;

/**
 * A response whose cookies, when the request came over HTTPS (directly or through a proxy's
 * {@code X-Forwarded-Proto}), are never sent over plain HTTP ({@code Secure}) and are never
 * readable by scripts ({@code HttpOnly}), with one exception: the webapps' CSRF cookie
 * ({@code XSRF-TOKEN}) is a double-submit token that the webapps' own scripts read and send back
 * in the {@code X-XSRF-TOKEN} header (AngularJS and the Camunda SDK read {@code document.cookie});
 * it only counts together with the session, whose cookie scripts cannot read. The response also
 * keeps a single Content-Security-Policy, the last one set. The CSRF cookie is written as a raw
 * header, which is why headers are rewritten here and not only {@link jakarta.servlet.http.Cookie}s.
 */
final class HardenedResponse extends HttpServletResponseWrapper {

  static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
  private static final String SET_COOKIE = "Set-Cookie";
  static final String WEBAPPS_CSRF_COOKIE = "XSRF-TOKEN";

  private final boolean secure;

  HardenedResponse(HttpServletResponse response, boolean secure) {
    super(response);
    this.secure = secure;
  }

  @Override
  public void addHeader(String name, String value) {
    if (SET_COOKIE.equalsIgnoreCase(name)) {
      super.addHeader(name, harden(value));
    } else if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
      super.setHeader(name, value);
    } else {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    super.setHeader(name, SET_COOKIE.equalsIgnoreCase(name) && value != null ? harden(value) : value);
  }

  @Override
  public void addCookie(jakarta.servlet.http.Cookie cookie) {
    cookie.setHttpOnly(!WEBAPPS_CSRF_COOKIE.equals(cookie.getName()));
    if (secure) {
      cookie.setSecure(true);
    }
    super.addCookie(cookie);
  }

  String harden(String cookie) {
    String attributes = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
    StringBuilder hardened = new StringBuilder(cookie);
    if (!attributes.contains(";httponly") && !cookie.startsWith(WEBAPPS_CSRF_COOKIE + "=")) {
      hardened.append("; HttpOnly");
    }
    if (secure && !attributes.contains(";secure")) {
      hardened.append("; Secure");
    }
    return hardened.toString();
  }
}
