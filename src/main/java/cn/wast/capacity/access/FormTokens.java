package cn.wast.capacity.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The CSRF token of the system's own forms: one random token per HTTP session (the webapps'
 * login session), rendered into every form as the hidden field {@value #FIELD} and compared on
 * every POST. Without a session there is no token, and nothing is accepted.
 */
@Component
public class FormTokens {

  public static final String FIELD = "_csrf";
  static final String SESSION_ATTRIBUTE = FormTokens.class.getName();

  private final SecureRandom random = new SecureRandom();

  /** The session's token, made on first use; the session must exist (the user is signed in). */
  public String tokenFor(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      throw new IllegalStateException("a form token needs the signed-in user's session");
    }
    synchronized (this) {
      Object token = session.getAttribute(SESSION_ATTRIBUTE);
      if (token instanceof String existing) {
        return existing;
      }
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(SESSION_ATTRIBUTE, created);
      return created;
    }
  }

  /** Whether a submitted token is the session's token. */
  public boolean isValid(HttpServletRequest request, String submitted) {
    HttpSession session = request.getSession(false);
    if (session == null || submitted == null || submitted.isEmpty()) {
      return false;
    }
    Object token = session.getAttribute(SESSION_ATTRIBUTE);
    return token instanceof String expected
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.UTF_8));
  }
}
