package cn.wast.capacity.login;

import cn.wast.capacity.login.LoginLog.Failures;
import cn.wast.capacity.login.LoginProperties.Limits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Whether a user id, tried from a client address, may have its password checked now. Each of
 * the two counts its failures: the first {@code attempts-before-delay} cost nothing, each further
 * one makes the next attempt wait ({@code first-delay}, doubling, at most {@code max-delay}), and
 * at {@code attempts-before-lock} it is locked for {@code lock-duration}; every failure after
 * the lock ends locks again. A lock always ends by itself: whoever knows a user id can keep it
 * waiting, never shut it out for good.
 *
 * <p>While a delay or lock runs, nothing is checked, the right password included: were it
 * checked, a guesser would keep guessing at full speed and the wait would only hide the answers.
 * The refusal says how long to wait instead, so the owner knows the password is not at fault.
 *
 * <p>A user who has failed, and an address past its attempts-before-delay, are checked one
 * attempt at a time on each node ({@link #admit}): otherwise a burst of parallel guesses would
 * all be checked before the first failure counted.
 */
@Component
public class LoginThrottle {

  private final LoginProperties properties;
  private final LoginLog log;
  /** The users and addresses whose one admitted check runs on this node. */
  private final Set<String> checking = ConcurrentHashMap.newKeySet();

  LoginThrottle(LoginProperties properties, LoginLog log) {
    this.properties = properties;
    this.log = log;
  }

  /**
   * The wait before this user id may be tried from this address.
   *
   * @param address the client address, or null outside HTTP (then the user's count alone decides)
   */
  Optional<Refusal> refusal(String userId, String address, Instant now) {
    return running(userFailures(userId, now), addressFailures(address, now), now);
  }

  /**
   * Admits the check of this user id's password from this address now, or refuses it: while a
   * wait runs, or while another check of the same failing user or address runs. An admission
   * must be {@linkplain #release released} once its outcome is stored.
   */
  Admission admit(String userId, String address, Instant now) {
    Failures user = userFailures(userId, now);
    Failures byAddress = addressFailures(address, now);
    Optional<Refusal> refusal = running(user, byAddress, now);
    if (refusal.isPresent()) {
      return new Admission(refusal, List.of());
    }
    List<String> held = new ArrayList<>();
    boolean userFree = user.count() == 0 || hold("user:" + userId, held);
    boolean addressFree = byAddress.count() < properties.perAddress().attemptsBeforeDelay()
        || hold("address:" + address, held);
    if (!userFree || !addressFree) {
      held.forEach(checking::remove);
      return new Admission(Optional.of(new Refusal(now.plus(properties.firstDelay()), false, userFree)), List.of());
    }
    if (!held.isEmpty()) {
      // Another check of the same user or address may have ended, its failure stored, between the
      // first reading and the hold: read again, or that guess would go unthrottled.
      Optional<Refusal> meanwhile = refusal(userId, address, now);
      if (meanwhile.isPresent()) {
        held.forEach(checking::remove);
        return new Admission(meanwhile, List.of());
      }
    }
    return new Admission(Optional.empty(), List.copyOf(held));
  }

  void release(Admission admission) {
    admission.held().forEach(checking::remove);
  }

  private boolean hold(String key, List<String> held) {
    if (checking.add(key)) {
      held.add(key);
      return true;
    }
    return false;
  }

  /** The wait that follows one more failure now: a lock, or a delay, or none. */
  Optional<Refusal> afterFailure(String userId, String address, Instant now) {
    Optional<Refusal> byUser = waitAfter(new Failures(userFailures(userId, now).count() + 1, now), properties.perUser(), false);
    Optional<Refusal> byAddress = address == null ? Optional.empty()
        : waitAfter(new Failures(addressFailures(address, now).count() + 1, now), properties.perAddress(), true);
    return later(byUser, byAddress);
  }

  /** The wait these failures impose, if it still runs at {@code now}. */
  private Optional<Refusal> running(Failures user, Failures byAddress, Instant now) {
    return later(waitAfter(user, properties.perUser(), false), waitAfter(byAddress, properties.perAddress(), true))
        .filter(refusal -> refusal.until().isAfter(now));
  }

  private Failures userFailures(String userId, Instant now) {
    return log.userFailures(userId, now.minus(properties.failureMemory()), properties.perUser().attemptsBeforeLock());
  }

  private Failures addressFailures(String address, Instant now) {
    return address == null ? Failures.NONE : log.addressFailures(address, now.minus(properties.failureMemory()));
  }

  private Optional<Refusal> waitAfter(Failures failures, Limits limits, boolean byAddress) {
    if (failures.count() == 0) {
      return Optional.empty();
    }
    if (failures.count() >= limits.attemptsBeforeLock()) {
      return Optional.of(new Refusal(failures.latest().plus(properties.lockDuration()), true, byAddress));
    }
    int beyond = failures.count() - limits.attemptsBeforeDelay();
    if (beyond < 0) {
      return Optional.empty();
    }
    Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(beyond, 30));
    if (delay.compareTo(properties.maxDelay()) > 0) {
      delay = properties.maxDelay();
    }
    return Optional.of(new Refusal(failures.latest().plus(delay), false, byAddress));
  }

  private static Optional<Refusal> later(Optional<Refusal> a, Optional<Refusal> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(b.get().until().isAfter(a.get().until()) ? b.get() : a.get());
  }

  /**
   * A wait.
   *
   * @param until when it ends
   * @param lock whether it is a lock (after attempts-before-lock) rather than a delay
   * @param byAddress whether the client address's failures cause it rather than the user's
   */
  record Refusal(Instant until, boolean lock, boolean byAddress) {

    long seconds(Instant now) {
      return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }
  }

  /** An attempt admitted (no refusal) with the keys it holds, or refused. */
  record Admission(Optional<Refusal> refusal, List<String> held) {}
}
