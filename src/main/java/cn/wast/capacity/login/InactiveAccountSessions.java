package cn.wast.capacity.login;

import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.SignedInUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the webapp session of a user whose account was disabled or reset since signing in, on
 * that session's next request, before anything else reads it: the webapps then answer as to
 * someone never signed in, and so do our own pages. (HTTP Basic checks the password, and so
 * the account, on every request.)
 */
final class InactiveAccountSessions implements Filter {

  private static final Logger LOG = LoggerFactory.getLogger(InactiveAccountSessions.class);

  private final CurrentUser currentUser;
  private final AccountStanding standing;

  InactiveAccountSessions(CurrentUser currentUser, AccountStanding standing) {
    this.currentUser = currentUser;
    this.standing = standing;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpSession session = http.getSession(false);
    if (session != null) {
      Optional<SignedInUser> user = currentUser.of(http);
      if (user.isPresent() && !standing.maySignIn(user.get().id())) {
        LOG.info("Session of {} ended: the account is disabled or awaits activation", user.get().id());
        try {
          session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
          // a parallel request of the same session ended it first
        }
      }
    }
    chain.doFilter(request, response);
  }
}
