package cn.wast.capacity.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A 403 in the shape the webapps' own API errors have, with a Chinese message the webapps show. */
final class WebappApiRefusal {

  private WebappApiRefusal() {}

  /** {@code message} is one of our own constant texts: no quotes or backslashes to escape. */
  static void forbidden(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"type\":\"Forbidden\",\"message\":\"" + message + "\"}")
        .getBytes(StandardCharsets.UTF_8));
  }
}
