package cn.wast.capacity.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.review.Capacity;
import cn.wast.capacity.rules.RuleClauses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-IMP-1: what the plan must contain is the rule; how long its texts may be is the form's own check. */
class FundPlanFormTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  private static FundPlanForm plan(String workApproach, String milestone, String target) {
    return new FundPlanForm(Optional.ofNullable(workApproach),
        Optional.of("品牌学术年会、科普进社区、会员继续教育和秘书处能力建设四项重点工作"),
        List.of(new FundPlanForm.Milestone(START.plusMonths(3), milestone)),
        List.of(new FundPlanForm.Indicator("学术活动", target)),
        List.of(new BudgetLine(Capacity.C1, "MEETING", "学术年会会务", new BigDecimal("1000"))));
  }

  @Test
  @DisplayName("R-IMP-1: a missing part is refused under the rule; a length outside the form's limits under no rule")
  void lengthsAreTheFormsOwnChecks() {
    assertThat(plan(null, "", "").problems(new BigDecimal("1000"), START, END)).containsExactly(
        RuleClauses.reason("R-IMP-1", "请填写工作思路"),
        RuleClauses.reason("R-IMP-1", "进度安排第 1 项：请写明工作内容"),
        RuleClauses.reason("R-IMP-1", "考核指标第 1 项：请填写指标和目标值"));
    assertThat(plan("开展学术活动", "会".repeat(201), "场".repeat(201)).problems(new BigDecimal("1000"), START, END))
        .containsExactly(
            "“工作思路”须为 20 至 4000 字，现为 6 字",
            "进度安排第 1 项：“工作内容”不能超过 200 字",
            "考核指标第 1 项：“指标”和“目标值”各不能超过 200 字");
  }
}
