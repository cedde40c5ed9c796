package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.AnnualInspection;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-ELIG-1: the annual inspection (社团年检) passed in each of the two years before the application. */
@DisplayName("R-ELIG-1 AnnualInspectionRule")
class AnnualInspectionRuleTest {

  private final AnnualInspectionRule rule = new AnnualInspectionRule();

  @Test
  @DisplayName("R-ELIG-1: passed in 2024 and 2025 → a 2026 application passes")
  void twoPassedYearsPass() {
    assertThat(rule.check(passing().build(), APPLIED)).isEqualTo(RuleOutcome.pass("R-ELIG-1"));
  }

  @Test
  @DisplayName("R-ELIG-1: the year before the application not passed fails, naming the year")
  void lastYearNotPassedFails() {
    var record = passing()
        .inspections(new AnnualInspection(2024, true), new AnnualInspection(2025, false)).build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.fail("R-ELIG-1", "2025年度社团年检不合格"));
  }

  @Test
  @DisplayName("R-ELIG-1: two years before the application not passed fails")
  void yearBeforeLastNotPassedFails() {
    var record = passing()
        .inspections(new AnnualInspection(2024, false), new AnnualInspection(2025, true)).build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.fail("R-ELIG-1", "2024年度社团年检不合格"));
  }

  @Test
  @DisplayName("R-ELIG-1: no inspection on record for a year fails, naming the year")
  void missingYearFails() {
    var record = passing().inspections(new AnnualInspection(2025, true)).build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.fail("R-ELIG-1", "2024年度无社团年检记录"));
  }

  @Test
  @DisplayName("R-ELIG-1: both years wrong → both named in one reason")
  void bothYearsNamed() {
    var record = passing().inspections(new AnnualInspection(2025, false)).build();

    assertThat(rule.check(record, APPLIED).reason()).isEqualTo("2024年度无社团年检记录；2025年度社团年检不合格");
  }

  @Test
  @DisplayName("R-ELIG-1: the two years are those before the application's year; older and newer ones do not count")
  void onlyTheTwoYearsCount() {
    var record = passing().inspections(
        new AnnualInspection(2023, false),
        new AnnualInspection(2024, true),
        new AnnualInspection(2025, true),
        new AnnualInspection(2026, false)).build();

    assertThat(rule.check(record, APPLIED).passed()).isTrue();
    assertThat(rule.check(record, LocalDate.of(2027, 1, 5)).reason()).isEqualTo("2026年度社团年检不合格");
  }
}
