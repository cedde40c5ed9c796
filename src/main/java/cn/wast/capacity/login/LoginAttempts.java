package cn.wast.capacity.login;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.login.LoginThrottle.Admission;
import cn.wast.capacity.login.LoginThrottle.Refusal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every password check, whichever way in it came: refused unchecked while the throttle says wait,
 * checked otherwise, and logged either way with its outcome. An account the office disabled, or
 * whose activation is pending, fails like a wrong password, so the answer tells nobody which.
 */
@Component
public class LoginAttempts {

  private static final Logger LOG = LoggerFactory.getLogger(LoginAttempts.class);

  private final LoginThrottle throttle;
  private final LoginLog log;
  private final ProgrammeClock clock;
  private final AccountStanding standing;

  LoginAttempts(LoginThrottle throttle, LoginLog log, ProgrammeClock clock, AccountStanding standing) {
    this.throttle = throttle;
    this.log = log;
    this.clock = clock;
    this.standing = standing;
  }

  /**
   * The refusal of an attempt by this user id from this client, logged as such, or empty when
   * the password may be checked.
   */
  Optional<Refusal> refuse(String userId, LoginClient client) {
    Instant now = clock.now();
    Optional<Refusal> refusal = throttle.refusal(userId, client.address(), now);
    refusal.ifPresent(wait -> refused(userId, client, now, wait));
    return refusal;
  }

  /** Checks the password with {@code check} unless the throttle refuses, and logs the outcome. */
  boolean check(String userId, LoginClient client, BooleanSupplier check) {
    Instant now = clock.now();
    Admission admission = throttle.admit(userId, client.address(), now);
    if (admission.refusal().isPresent()) {
      refused(userId, client, now, admission.refusal().get());
      return false;
    }
    try {
      return checked(userId, client, check, now);
    } finally {
      whenStored(() -> throttle.release(admission));
    }
  }

  private void refused(String userId, LoginClient client, Instant now, Refusal wait) {
    log.record(now, userId, client.address(), client.channel(), LoginOutcome.THROTTLED, wait.until());
    LOG.info("Login of {} from {} refused unchecked until {}", printable(userId), client.address(), wait.until());
  }

  private boolean checked(String userId, LoginClient client, BooleanSupplier check, Instant now) {
    // The password is checked first either way: a refused account answers no faster than a wrong password.
    if (check.getAsBoolean() && standing.maySignIn(userId)) {
      log.record(now, userId, client.address(), client.channel(), LoginOutcome.SUCCEEDED, null);
      standing.signedIn(userId, now);
      return true;
    }
    Optional<Refusal> next = throttle.afterFailure(userId, client.address(), now);
    boolean locks = next.map(Refusal::lock).orElse(false);
    log.record(now, userId, client.address(), client.channel(), locks ? LoginOutcome.LOCKED : LoginOutcome.FAILED,
        next.map(Refusal::until).orElse(null));
    if (locks) {
      LOG.warn("Login of {} from {} failed; {} locked until {}", printable(userId), client.address(),
          next.get().byAddress() ? "address" : "user", next.get().until());
    }
    return false;
  }

  /** Runs once the engine's transaction, which stores the outcome, has ended (at once outside one). */
  private static void whenStored(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          action.run();
        }
      });
    } else {
      action.run();
    }
  }

  /** A user id as typed, without line breaks or other control characters that could forge log lines. */
  private static String printable(String userId) {
    return userId.replaceAll("\\p{Cntrl}", "?");
  }
}
