package cn.wast.capacity.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.spring.boot.starter.property.AuthenticationProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for the system's own pages: the user the Camunda webapps' login (Tasklist,
 * Cockpit, Admin) put into the HTTP session. Our pages share the servlet context and so the
 * session cookie with the webapps; they never create a session of their own. Like the webapps'
 * own authentication filter, the login is checked against the identity service again once its
 * cache time ({@code camunda.bpm.webapp.auth.cache}) is over, so that a removed user or group
 * membership stops counting here too.
 */
@Component
public class CurrentUser {

  /** The process engine the webapps log in to. */
  static final String ENGINE = "default";

  private final AuthenticationProperties.CacheProperties cache;

  CurrentUser(CamundaBpmProperties camunda) {
    this.cache = camunda.getWebapp().getAuth().getCache();
  }

  public Optional<SignedInUser> of(HttpServletRequest request) {
    return authentication(request).map(user -> new SignedInUser(user.getIdentityId(), user.getGroupIds()));
  }

  /** Whether the signed-in user may use this webapp ({@code cockpit}, {@code admin}, {@code tasklist}). */
  public boolean mayUse(HttpServletRequest request, String webapp) {
    return authentication(request).map(user -> user.isAuthorizedForApp(webapp)).orElse(false);
  }

  private Optional<UserAuthentication> authentication(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (cache.isTtlEnabled()) {
      AuthenticationUtil.updateCache(authentications, session, cache.getTimeToLive());
    }
    Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
    if (authentication instanceof UserAuthentication user && user.getIdentityId() != null) {
      return Optional.of(user);
    }
    return Optional.empty();
  }
}
