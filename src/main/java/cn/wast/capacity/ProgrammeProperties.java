package cn.wast.capacity;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The programme's settings from configuration ({@code capacity.*}). Every period a process waits
 * is an ISO 8601 duration here, never a literal in a model or in code.
 *
 * @param zone the programme office's time zone; deadlines typed as dates end at midnight there
 * @param correctionPeriod how long a society has to correct its application (R-REV-1)
 * @param correctionReminderBefore how long before the correction deadline the reminder goes out
 * @param publicUrl where people reach the system, for the links in mails
 */
@ConfigurationProperties("capacity")
public record ProgrammeProperties(
    ZoneId zone, Period correctionPeriod, Duration correctionReminderBefore, String publicUrl) {

  public String tasklistUrl() {
    return publicUrl + "/camunda/app/tasklist/";
  }

  public String uploadUrl() {
    return publicUrl + "/documents";
  }
}
