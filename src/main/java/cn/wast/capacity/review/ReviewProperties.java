package cn.wast.capacity.review;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Expert review's settings ({@code capacity.review.*}); periods are ISO 8601.
 *
 * @param expertsPerApplication R-REV-2: how many experts score each application, by default
 * @param scoringPeriod how long experts have to score, from the day the committee is formed
 * @param scoringReminderBefore how long before the scoring deadline the reminder goes out
 * @param formerOfficerLookBack R-REV-2: how long a former officer stays affiliated with a society
 * @param capacities R-EVAL-1: each capacity's score range and weight
 */
@ConfigurationProperties("capacity.review")
public record ReviewProperties(
    int expertsPerApplication,
    Period scoringPeriod,
    Duration scoringReminderBefore,
    Period formerOfficerLookBack,
    Map<Capacity, CapacityScale> capacities) {

  /** One capacity's score range (both ends allowed) and its weight in the weighted total. */
  public record CapacityScale(BigDecimal min, BigDecimal max, BigDecimal weight) {
    public CapacityScale {
      if (min == null || max == null || weight == null || min.compareTo(max) >= 0 || weight.signum() <= 0) {
        throw new IllegalArgumentException("a capacity needs min < max and a positive weight");
      }
    }
  }

  public ReviewProperties {
    if (expertsPerApplication < 1) {
      throw new IllegalArgumentException("capacity.review.experts-per-application must be at least 1");
    }
    if (scoringPeriod == null || scoringPeriod.isNegative() || scoringPeriod.isZero()) {
      throw new IllegalArgumentException("capacity.review.scoring-period must be a positive period");
    }
    if (scoringReminderBefore == null || scoringReminderBefore.isNegative()) {
      throw new IllegalArgumentException("capacity.review.scoring-reminder-before must not be negative");
    }
    if (formerOfficerLookBack == null || formerOfficerLookBack.isNegative()) {
      throw new IllegalArgumentException("capacity.review.former-officer-look-back must not be negative");
    }
    if (capacities == null || capacities.size() != Capacity.values().length) {
      throw new IllegalArgumentException("capacity.review.capacities needs C1, C2, C3 and C4");
    }
    capacities = new EnumMap<>(capacities);
  }

  public ScoringScale scale() {
    return new ScoringScale(capacities);
  }
}
