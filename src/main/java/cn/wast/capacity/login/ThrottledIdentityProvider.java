package cn.wast.capacity.login;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The engine's own user database, whose password check goes through {@link LoginAttempts}: the
 * webapps' login, the REST API's and the metrics' HTTP Basic, and the REST API's
 * {@code /identity/verify} all call the engine's {@code checkPassword}.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

  private final LoginAttempts attempts;

  ThrottledIdentityProvider(LoginAttempts attempts) {
    this.attempts = attempts;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    return attempts.check(userId, LoginClient.orNone(), () -> super.checkPassword(userId, password));
  }

  static final class Factory implements SessionFactory {

    private final LoginAttempts attempts;

    Factory(LoginAttempts attempts) {
      this.attempts = attempts;
    }

    @Override
    public Class<?> getSessionType() {
      return ThrottledIdentityProvider.class;
    }

    @Override
    public Session openSession() {
      return new ThrottledIdentityProvider(attempts);
    }
  }
}
