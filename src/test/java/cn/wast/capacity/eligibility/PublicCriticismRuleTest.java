package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-EXCL-2: a public criticism or a penalty from an authority within the look-back
 * (capacity.eligibility.violation-look-back, P3Y) before the application date excludes.
 */
@DisplayName("R-EXCL-2 PublicCriticismRule")
class PublicCriticismRuleTest {

  private final PublicCriticismRule rule = new PublicCriticismRule(EligibilityProperties.defaults());

  @Test
  @DisplayName("R-EXCL-2: no criticism or penalty passes")
  void cleanRecordPasses() {
    assertThat(rule.check(passing().build(), APPLIED)).isEqualTo(RuleOutcome.pass("R-EXCL-2"));
  }

  @Test
  @DisplayName("R-EXCL-2: a public criticism fails, naming the authority")
  void criticismFails() {
    var record = passing().violation(ViolationKind.PUBLIC_CRITICISM, "未按规定办理变更登记", LocalDate.of(2025, 5, 10)).build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.fail("R-EXCL-2",
        "受到武汉市民政局通报批评：未按规定办理变更登记（2025年5月10日）"));
  }

  @Test
  @DisplayName("R-EXCL-2: a penalty fails")
  void penaltyFails() {
    var record = passing().violation(ViolationKind.PENALTY, "违规收费，被处以罚款", LocalDate.of(2025, 8, 3)).build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.fail("R-EXCL-2",
        "受到武汉市民政局处罚：违规收费，被处以罚款（2025年8月3日）"));
  }

  @Test
  @DisplayName("R-EXCL-2: an authority not on record reads 相关部门")
  void unknownAuthority() {
    var record = new SocietyRecord(passing().build().society(), List.of(), List.of(),
        List.of(new Violation(ViolationKind.PENALTY, null, "罚款", LocalDate.of(2025, 8, 3))), List.of(), List.of());

    assertThat(rule.check(record, APPLIED).reason()).isEqualTo("受到相关部门处罚：罚款（2025年8月3日）");
  }

  @Test
  @DisplayName("R-EXCL-2: exactly three years before the application still counts; the day before does not")
  void lookBackBoundary() {
    var onBoundary = passing().violation(ViolationKind.PENALTY, "罚款", LocalDate.of(2023, 3, 16)).build();
    var justOutside = passing().violation(ViolationKind.PUBLIC_CRITICISM, "批评", LocalDate.of(2023, 3, 15)).build();

    assertThat(rule.check(onBoundary, APPLIED).passed()).isFalse();
    assertThat(rule.check(justOutside, APPLIED).passed()).isTrue();
  }

  @Test
  @DisplayName("R-EXCL-2: violations of discipline or law are R-EXCL-1's, not this rule's")
  void disciplineNotCounted() {
    var record = passing().violation(ViolationKind.DISCIPLINE_OR_LAW, "违纪", LocalDate.of(2025, 5, 10)).build();

    assertThat(rule.check(record, APPLIED).passed()).isTrue();
  }
}
