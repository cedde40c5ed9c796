package cn.wast.capacity.eligibility;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The eligibility rules' settings ({@code capacity.eligibility.*}); periods are ISO 8601.
 *
 * @param workReportGrace R-ELIG-2: how long after December 31 a year's summary and next year's
 *     plan still count as submitted on time (the last day of grace included)
 * @param violationLookBack R-EXCL-1, R-EXCL-2: how far before the application date a violation,
 *     criticism or penalty still excludes (a record exactly this long ago included)
 * @param minimumStaff R-ELIG-4: the smallest staff that counts as fit for the work
 */
@ConfigurationProperties("capacity.eligibility")
public record EligibilityProperties(
    @DefaultValue("P15D") Period workReportGrace,
    @DefaultValue("P3Y") Period violationLookBack,
    @DefaultValue("2") int minimumStaff) {

  public EligibilityProperties {
    if (workReportGrace == null || workReportGrace.isNegative()) {
      throw new IllegalArgumentException("capacity.eligibility.work-report-grace must not be negative");
    }
    if (violationLookBack == null || violationLookBack.isNegative() || violationLookBack.isZero()) {
      throw new IllegalArgumentException("capacity.eligibility.violation-look-back must be a positive period");
    }
    if (minimumStaff < 0) {
      throw new IllegalArgumentException("capacity.eligibility.minimum-staff must not be negative");
    }
  }

  /** The settings application.yml ships with. */
  public static EligibilityProperties defaults() {
    return new EligibilityProperties(Period.ofDays(15), Period.ofYears(3), 2);
  }
}
