package cn.wast.capacity;

import cn.wast.capacity.society.FraudBan;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Supervision's settings ({@code capacity.supervision.*}); periods are ISO 8601.
 *
 * @param banPeriod R-SUP-1, R-EXCL-4: how long a society found to have committed fraud may not
 *     apply, from the day of the decision
 * @param recoveryReminderEvery R-SUP-1: how often the society is reminded of funds to return
 * @param decidingBody R-SUP-1: the body named as deciding WAST's own revocations and bans on the
 *     credit list (决定机关)
 */
@ConfigurationProperties("capacity.supervision")
public record SupervisionProperties(Period banPeriod, Period recoveryReminderEvery, String decidingBody) {

  public static final String WAST = "武汉市科学技术协会";

  public SupervisionProperties {
    if (banPeriod == null || banPeriod.isNegative() || banPeriod.isZero()) {
      throw new IllegalArgumentException("capacity.supervision.ban-period must be a positive period");
    }
    if (recoveryReminderEvery == null || recoveryReminderEvery.isNegative() || recoveryReminderEvery.isZero()) {
      throw new IllegalArgumentException("capacity.supervision.recovery-reminder-every must be a positive period");
    }
    decidingBody = decidingBody == null || decidingBody.isBlank() ? WAST : decidingBody.strip();
  }

  /** The ban's length as letters and pages write it: "3年", "2年6个月", "18个月"... */
  public String banPeriodInWords() {
    return FraudBan.inWords(banPeriod);
  }
}
