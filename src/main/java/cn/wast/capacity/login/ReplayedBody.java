package cn.wast.capacity.login;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A login form's body, read once to learn the user id and read again by the webapp. Reading it
 * through the servlet's parameters instead would leave the webapp's JAX-RS resource an empty body.
 */
final class ReplayedBody extends HttpServletRequestWrapper {

  /** Far more than a login form; a larger body is cut, and the form's user id is then not found. */
  private static final int MAX = 16 * 1024;

  private final byte[] body;

  private ReplayedBody(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  static ReplayedBody of(HttpServletRequest request) throws IOException {
    return new ReplayedBody(request, request.getInputStream().readNBytes(MAX));
  }

  /** A field of the body, when it is an URL-encoded form. */
  Optional<String> formField(String name) {
    String contentType = getContentType();
    if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      return Optional.empty();
    }
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && decode(pair.substring(0, equals)).equals(name)) {
        return Optional.of(decode(pair.substring(equals + 1)));
      }
    }
    return Optional.empty();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("synchronous reads only");
      }
    };
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
