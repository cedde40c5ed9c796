package cn.wast.capacity.supervision;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Supervision's settings ({@code capacity.supervision.*}); periods are ISO 8601.
 *
 * @param banPeriod R-SUP-1, R-EXCL-4: how long a society found to have committed fraud may not
 *     apply, from the day of the decision
 * @param recoveryReminderEvery R-SUP-1: how often the society is reminded of funds to return
 */
@ConfigurationProperties("capacity.supervision")
public record SupervisionProperties(Period banPeriod, Period recoveryReminderEvery) {

  public SupervisionProperties {
    if (banPeriod == null || banPeriod.isNegative() || banPeriod.isZero()) {
      throw new IllegalArgumentException("capacity.supervision.ban-period must be a positive period");
    }
    if (recoveryReminderEvery == null || recoveryReminderEvery.isNegative() || recoveryReminderEvery.isZero()) {
      throw new IllegalArgumentException("capacity.supervision.recovery-reminder-every must be a positive period");
    }
  }

  /** The ban's length as letters and pages write it: "3年", "2年6个月", "18个月"... */
  public String banPeriodInWords() {
    StringBuilder words = new StringBuilder();
    if (banPeriod.getYears() > 0) {
      words.append(banPeriod.getYears()).append("年");
    }
    if (banPeriod.getMonths() > 0) {
      words.append(banPeriod.getMonths()).append("个月");
    }
    if (banPeriod.getDays() > 0) {
      words.append(banPeriod.getDays()).append("天");
    }
    return words.toString();
  }
}
