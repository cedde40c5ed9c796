package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-EXCL-3: a project commissioned by WAST or a related department, due before the application
 * date and not completed by its due date, excludes.
 */
@DisplayName("R-EXCL-3 CommissionedProjectRule")
class CommissionedProjectRuleTest {

  private final CommissionedProjectRule rule = new CommissionedProjectRule();

  @Test
  @DisplayName("R-EXCL-3: projects completed before or on their due date pass")
  void completedOnTimePasses() {
    var record = passing()
        .project("科普读本", LocalDate.of(2025, 10, 31), LocalDate.of(2025, 10, 20))
        .project("咨询报告", LocalDate.of(2025, 11, 30), LocalDate.of(2025, 11, 30))
        .build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.pass("R-EXCL-3"));
  }

  @Test
  @DisplayName("R-EXCL-3: an overdue project not completed fails, naming it")
  void overdueUncompletedFails() {
    var record = passing().project("地理信息科普读本编写", LocalDate.of(2025, 11, 30), null).build();

    assertThat(rule.check(record, APPLIED)).isEqualTo(RuleOutcome.fail("R-EXCL-3",
        "未按要求完成委托项目：武汉市科协委托的“地理信息科普读本编写”应于2025年11月30日完成，至申报之日未完成"));
  }

  @Test
  @DisplayName("R-EXCL-3: a project completed after its due date fails")
  void completedLateFails() {
    var record = passing().project("咨询报告", LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 1)).build();

    assertThat(rule.check(record, APPLIED).reason())
        .isEqualTo("未按要求完成委托项目：武汉市科协委托的“咨询报告”应于2025年11月30日完成，逾期至2025年12月1日完成");
  }

  @Test
  @DisplayName("R-EXCL-3: completed only after the application date: not completed on that day")
  void completedAfterApplicationFails() {
    var record = passing().project("咨询报告", LocalDate.of(2025, 11, 30), APPLIED.plusDays(3)).build();

    assertThat(rule.check(record, APPLIED).reason()).endsWith("至申报之日未完成");
  }

  @Test
  @DisplayName("R-EXCL-3: a project due on the application date or later is not yet overdue")
  void notYetDuePasses() {
    var dueToday = passing().project("今日到期", APPLIED, null).build();
    var dueLater = passing().project("明年到期", LocalDate.of(2027, 6, 30), null).build();

    assertThat(rule.check(dueToday, APPLIED).passed()).isTrue();
    assertThat(rule.check(dueLater, APPLIED).passed()).isTrue();
    assertThat(rule.check(dueToday, APPLIED.plusDays(1)).passed()).isFalse();
  }

  @Test
  @DisplayName("R-EXCL-3: every such project is named")
  void everyProjectNamed() {
    var record = passing()
        .project("甲", LocalDate.of(2025, 1, 31), null)
        .project("乙", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1))
        .build();

    assertThat(rule.check(record, APPLIED).reason()).contains("“甲”", "“乙”");
  }
}
