package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-ELIG-2: the year-end work summary and next year's work plan submitted on time, for each of
 * the two years before the application (Dec 31 plus the configured grace, P15D by default).
 */
@DisplayName("R-ELIG-2 WorkReportRule")
class WorkReportRuleTest {

  private final WorkReportRule rule = new WorkReportRule(EligibilityProperties.defaults());

  @Test
  @DisplayName("R-ELIG-2: summaries and plans of 2024 and 2025 sent in December pass")
  void onTimePasses() {
    assertThat(rule.check(passing().build(), APPLIED)).isEqualTo(RuleOutcome.pass("R-ELIG-2"));
  }

  @Test
  @DisplayName("R-ELIG-2: sent on the last day of grace (Jan 15) is on time")
  void lastGraceDayIsOnTime() {
    var record = passing().workReport(2025, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15)).build();

    assertThat(rule.check(record, APPLIED).passed()).isTrue();
  }

  @Test
  @DisplayName("R-ELIG-2: a summary one day after the grace fails, naming year, document and dates")
  void summaryOneDayLateFails() {
    var record = passing().workReport(2025, LocalDate.of(2026, 1, 16), LocalDate.of(2025, 12, 28)).build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.fail("R-ELIG-2",
        "2025年度工作总结未按时报送（2026年1月16日报送，截止日期为2026年1月15日）"));
  }

  @Test
  @DisplayName("R-ELIG-2: a late plan names the year it plans for")
  void latePlanFails() {
    var record = passing().workReport(2024, LocalDate.of(2024, 12, 20), LocalDate.of(2025, 2, 1)).build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.fail("R-ELIG-2",
        "2025年度工作计划未按时报送（2025年2月1日报送，截止日期为2025年1月15日）"));
  }

  @Test
  @DisplayName("R-ELIG-2: no report for a year fails for both documents")
  void missingReportFails() {
    var record = passing().workReport(2025, null, null).build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.fail("R-ELIG-2",
        "2025年度工作总结未报送（截止日期为2026年1月15日）；2026年度工作计划未报送（截止日期为2026年1月15日）"));
  }

  @Test
  @DisplayName("R-ELIG-2: a missing plan alone fails")
  void missingPlanFails() {
    var record = passing().workReport(2024, LocalDate.of(2024, 12, 20), null).build();

    assertThat(rule.check(record, APPLIED).reason()).isEqualTo("2025年度工作计划未报送（截止日期为2025年1月15日）");
  }

  @Test
  @DisplayName("R-ELIG-2: a document that arrives after the application date was missing on that day")
  void submittedAfterApplicationCountsAsMissing() {
    var record = passing().workReport(2025, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 12)).build();

    assertThat(rule.check(record, LocalDate.of(2026, 1, 11)).reason())
        .isEqualTo("2026年度工作计划未报送（截止日期为2026年1月15日）");
    assertThat(rule.check(record, LocalDate.of(2026, 1, 12)).passed()).isTrue();
  }

  @Test
  @DisplayName("R-ELIG-2: the grace comes from configuration (P0D: Dec 31 on time, Jan 1 late)")
  void graceFromConfiguration() {
    var noGrace = new WorkReportRule(new EligibilityProperties(Period.ZERO, Period.ofYears(3), 2));

    assertThat(noGrace.check(
        passing().workReport(2025, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31)).build(), APPLIED)
        .passed()).isTrue();
    assertThat(noGrace.check(
        passing().workReport(2025, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1)).build(), APPLIED)
        .reason()).isEqualTo("2026年度工作计划未按时报送（2026年1月1日报送，截止日期为2025年12月31日）");
  }
}
