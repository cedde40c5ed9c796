package cn.wast.capacity.deadlines;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the deadlines' consequences ({@code capacity.deadlines.*}); periods are ISO 8601.
 *
 * @param correctionsReminderBefore how long before the date set for corrections at a check the society is reminded
 * @param reminderBeforeNewDeadline how long before a deadline the office urged or extended the society is reminded
 */
@ConfigurationProperties("capacity.deadlines")
public record DeadlinesProperties(Duration correctionsReminderBefore, Duration reminderBeforeNewDeadline) {

  public DeadlinesProperties {
    if (correctionsReminderBefore == null || correctionsReminderBefore.isNegative()
        || reminderBeforeNewDeadline == null || reminderBeforeNewDeadline.isNegative()) {
      throw new IllegalArgumentException(
          "capacity.deadlines.corrections-reminder-before and reminder-before-new-deadline must be periods");
    }
  }
}
