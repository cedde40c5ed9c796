package cn.wast.capacity.login;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed logins are slowed down and for how long they are kept ({@code capacity.logins.*});
 * periods are ISO 8601.
 *
 * @param firstDelay the wait after the first failure beyond the free ones, doubling with each further one
 * @param maxDelay the longest such wait
 * @param lockDuration how long a user, or a client address, stays locked once it reaches its
 *     attempts-before-lock; the lock ends by itself
 * @param failureMemory how long a failure counts (a user's failures also end with their next login)
 * @param perUser the limits per user id, whether the user exists or not
 * @param perAddress the limits per client address
 * @param logRetention how long the login log is kept; at least six months (网络安全法第二十一条)
 */
@ConfigurationProperties("capacity.logins")
public record LoginProperties(
    Duration firstDelay, Duration maxDelay, Duration lockDuration, Duration failureMemory,
    Limits perUser, Limits perAddress, Period logRetention) {

  static final Period LEAST_RETENTION = Period.ofMonths(6);

  public LoginProperties {
    if (failureMemory.compareTo(lockDuration) < 0) {
      throw new IllegalArgumentException("capacity.logins.failure-memory must be at least the lock-duration");
    }
    if (keepsLessThan(logRetention, LEAST_RETENTION)) {
      throw new IllegalArgumentException(
          "capacity.logins.log-retention must keep the login log at least six months (网络安全法第二十一条)");
    }
  }

  /**
   * @param attemptsBeforeDelay failures without any wait
   * @param attemptsBeforeLock failures that lock for {@code lock-duration}
   */
  public record Limits(int attemptsBeforeDelay, int attemptsBeforeLock) {}

  /** Whether the period is shorter than the least one from any day (months are of unequal length). */
  private static boolean keepsLessThan(Period period, Period least) {
    LocalDate day = LocalDate.of(2023, 1, 1);
    for (int i = 0; i < 2 * 366; i++, day = day.plusDays(1)) {
      if (day.plus(period).isBefore(day.plus(least))) {
        return true;
      }
    }
    return false;
  }
}
