package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.ViolationKind;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-EXCL-1: a violation of discipline or law recorded within the look-back
 * (capacity.eligibility.violation-look-back, P3Y) before the application date excludes.
 */
@DisplayName("R-EXCL-1 ViolationRule")
class ViolationRuleTest {

  private final ViolationRule rule = new ViolationRule(EligibilityProperties.defaults());

  @Test
  @DisplayName("R-EXCL-1: no violation on record passes")
  void cleanRecordPasses() {
    assertThat(rule.check(passing().build(), APPLIED)).isEqualTo(RuleOutcome.pass("R-EXCL-1"));
  }

  @Test
  @DisplayName("R-EXCL-1: a violation last year fails, naming it, its authority and day")
  void recentViolationFails() {
    var record = passing().violation(ViolationKind.DISCIPLINE_OR_LAW, "违规发放津贴补贴", LocalDate.of(2025, 9, 15)).build();

    assertThat(rule.check(record, APPLIED))
        .isEqualTo(RuleOutcome.fail("R-EXCL-1", "有违纪违法行为：违规发放津贴补贴（武汉市民政局，2025年9月15日）"));
  }

  @Test
  @DisplayName("R-EXCL-1: a violation exactly three years before the application still counts; the day before does not")
  void lookBackBoundary() {
    var onBoundary = passing().violation(ViolationKind.DISCIPLINE_OR_LAW, "违规", LocalDate.of(2023, 3, 16)).build();
    var justOutside = passing().violation(ViolationKind.DISCIPLINE_OR_LAW, "违规", LocalDate.of(2023, 3, 15)).build();

    assertThat(rule.check(onBoundary, APPLIED).passed()).isFalse();
    assertThat(rule.check(justOutside, APPLIED).passed()).isTrue();
  }

  @Test
  @DisplayName("R-EXCL-1: a violation recorded after the application date was not on record that day")
  void laterViolationNotCounted() {
    var record = passing().violation(ViolationKind.DISCIPLINE_OR_LAW, "违规", APPLIED.plusDays(1)).build();

    assertThat(rule.check(record, APPLIED).passed()).isTrue();
    assertThat(rule.check(record, APPLIED.plusDays(1)).passed()).isFalse();
  }

  @Test
  @DisplayName("R-EXCL-1: criticism and penalties are R-EXCL-2's, not this rule's")
  void otherKindsNotCounted() {
    var record = passing()
        .violation(ViolationKind.PUBLIC_CRITICISM, "通报批评", LocalDate.of(2025, 5, 1))
        .violation(ViolationKind.PENALTY, "罚款", LocalDate.of(2025, 6, 1))
        .build();

    assertThat(rule.check(record, APPLIED).passed()).isTrue();
  }

  @Test
  @DisplayName("R-EXCL-1: every violation within the look-back is named")
  void everyViolationNamed() {
    var record = passing()
        .violation(ViolationKind.DISCIPLINE_OR_LAW, "甲", LocalDate.of(2024, 1, 2))
        .violation(ViolationKind.DISCIPLINE_OR_LAW, "乙", LocalDate.of(2025, 1, 3))
        .build();

    assertThat(rule.check(record, APPLIED).reason())
        .isEqualTo("有违纪违法行为：甲（武汉市民政局，2024年1月2日）；乙（武汉市民政局，2025年1月3日）");
  }

  @Test
  @DisplayName("R-EXCL-1: the look-back comes from configuration")
  void lookBackFromConfiguration() {
    var oneYear = new ViolationRule(new EligibilityProperties(Period.ofDays(15), Period.ofYears(1), 2));
    var record = passing().violation(ViolationKind.DISCIPLINE_OR_LAW, "违规", LocalDate.of(2025, 3, 15)).build();

    assertThat(oneYear.check(record, APPLIED).passed()).isTrue();
    assertThat(rule.check(record, APPLIED).passed()).isFalse();
  }
}
