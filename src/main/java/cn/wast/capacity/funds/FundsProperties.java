package cn.wast.capacity.funds;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Implementation's settings ({@code capacity.funds.*}); periods are ISO 8601.
 *
 * @param planPeriod R-IMP-1: time to submit the fund-management plan, from the award
 * @param planReminderBefore how long before the plan deadline the reminder goes out
 * @param projectPeriod the implementation period, from the award
 * @param midTermAfter R-CHK-1: when the mid-term check opens, after the plan is filed
 * @param reportPeriod time to submit a check's report
 * @param reportReminderBefore how long before the report deadline the reminder goes out
 * @param tranches the share of the award paid after each event; the shares sum to 1 and FINAL_ACCEPTED keeps one
 *     back until the final acceptance (R-DYN-1)
 */
@ConfigurationProperties("capacity.funds")
public record FundsProperties(
    Period planPeriod, Duration planReminderBefore, Period projectPeriod, Period midTermAfter, Period reportPeriod,
    Duration reportReminderBefore, Map<Tranche, BigDecimal> tranches) {

  public FundsProperties {
    if (planPeriod == null || planPeriod.isNegative() || planPeriod.isZero()) {
      throw new IllegalArgumentException("capacity.funds.plan-period must be a positive period");
    }
    if (planReminderBefore == null || planReminderBefore.isNegative()) {
      throw new IllegalArgumentException("capacity.funds.plan-reminder-before must not be negative");
    }
    if (projectPeriod == null || projectPeriod.isNegative() || projectPeriod.isZero()) {
      throw new IllegalArgumentException("capacity.funds.project-period must be a positive period");
    }
    if (midTermAfter == null || midTermAfter.isNegative() || reportPeriod == null || reportPeriod.isNegative()
        || reportPeriod.isZero() || reportReminderBefore == null || reportReminderBefore.isNegative()) {
      throw new IllegalArgumentException("capacity.funds.mid-term-after, report-period and report-reminder-before"
          + " must be periods, the report period positive");
    }
    if (tranches == null || tranches.isEmpty()
        || tranches.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("capacity.funds.tranches must have shares that sum to 1");
    }
    if (tranches.getOrDefault(Tranche.FINAL_ACCEPTED, BigDecimal.ZERO).signum() <= 0) {
      throw new IllegalArgumentException("capacity.funds.tranches must give FINAL_ACCEPTED a share greater than 0:"
          + " R-DYN-1 keeps part of the award back until the final acceptance, for an adjustment or a termination");
    }
    tranches = new EnumMap<>(tranches);
  }
}
