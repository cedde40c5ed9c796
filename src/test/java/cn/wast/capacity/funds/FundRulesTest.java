package cn.wast.capacity.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.review.Capacity;
import cn.wast.capacity.rules.RuleClauses;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-FUND-1, R-FUND-3, R-IMP-1: the checks on each line of a fund plan or ledger, and the plan's total. */
class FundRulesTest {

  /** The one place a line is made: capacity, item code, purpose, amount. */
  private static BudgetLine line(Capacity capacity, String item, String purpose, String amount) {
    return new BudgetLine(capacity, item, purpose, amount == null ? null : new BigDecimal(amount));
  }

  private static final BudgetLine MEETING =
      line(Capacity.C1, "MEETING", "举办华中地区机械工程学术年会的会场租金和专家差旅", "120000");
  private static final BudgetLine SCIENCE_DAY =
      line(Capacity.C2, "POPULAR_SCIENCE", "全国科普日进社区活动的展板和讲解", "80000");

  @Test
  @DisplayName("R-FUND-1: business work on a capacity, under an item that serves it, passes")
  void businessWorkPasses() {
    assertThat(FundRules.check(1, MEETING)).isEmpty();
    assertThat(FundRules.check(2, line(Capacity.C2, "EXPERT_CONSULTING",
        "开展会员单位科技成果绩效评价和新能源车辆技术咨询", "30000"))).isEmpty();
  }

  @Test
  @DisplayName("R-FUND-1: a standard item's name is purpose enough: no minimum length")
  void anItemNameIsPurposeEnough() {
    assertThat(FundRules.check(1, line(Capacity.C2, "EXPERT_CONSULTING", "专家咨询费", "3000"))).isEmpty();
    assertThat(FundRules.check(1, line(Capacity.C1, "MEETING", "会务", "3000"))).isEmpty();
  }

  @Test
  @DisplayName("R-FUND-3: a salary filed under a meeting is still caught, by its purpose, with the words and the clause")
  void salaryUnderAMeetingIsCaught() {
    List<LineProblem> problems = FundRules.check(3, line(Capacity.C1, "MEETING", "学术年会期间秘书处人员工资及加班", "50000"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("R-FUND-3");
      assertThat(p.text()).isEqualTo("第 3 行" + RuleClauses.reason("R-FUND-3",
          "用途中的“工资”属于人员经费，专项经费不得用于人员经费（实施方案五（三）：“不得用于人员、日常办公经费支出”）"));
    });
  }

  @Test
  @DisplayName("R-FUND-3: 劳务费 for the society's own staff is refused: the item's name is read with the purpose")
  void outsideLabourForOwnStaffIsRefused() {
    assertThat(FundRules.check(1, line(Capacity.C4, "OUTSIDE_LABOUR", "秘书处员工王某", "3000")))
        .extracting(LineProblem::reason)
        .containsExactly("支出科目“劳务费”和用途中的“秘书处”属于人员经费，专项经费不得用于人员经费（实施方案五（三）：“不得用于人员、日常办公经费支出”）");
  }

  @Test
  @DisplayName("R-FUND-3: a forbidden item sent past the form is refused with its clause")
  void aForbiddenItemIsRefused() {
    assertThat(FundRules.check(1, line(Capacity.C4, "LOAN_REPAYMENT", "年度还款计划", "3000")))
        .extracting(LineProblem::text)
        .containsExactly("第 1 行" + RuleClauses.reason("R-FUND-3",
            "支出科目“还贷”：专项经费不得用于还贷（实施方案五（三）：“不得用于捐款、赞助、支付罚款、还贷、对外投资、基建等支出”）"));
  }

  @Test
  @DisplayName("R-FUND-1: an item serving another capacity than the line's is refused, naming the capacities it serves")
  void anItemServesItsCapacities() {
    assertThat(FundRules.check(2, line(Capacity.C1, "POPULAR_SCIENCE", "院士专家科普报告会", "3000")))
        .extracting(LineProblem::text)
        .containsExactly("第 2 行" + RuleClauses.reason("R-FUND-1",
            "支出科目“科普活动费”只能用于 C2 服务社会和政府能力，不能列入 C1 服务创新能力"));
  }

  @Test
  @DisplayName("A line left incomplete, too long or with no positive amount gets the form's own messages, under no rule")
  void incompleteLineIsRefusedByTheForm() {
    assertThat(FundRules.check(4, line(null, null, " ", "-5")))
        .extracting(LineProblem::text)
        .containsExactly("第 4 行：请选择“服务的能力”（C1 至 C4）", "第 4 行：请选择“支出科目”",
            "第 4 行：请填写“用途”，说明开展哪项业务工作", "第 4 行：“金额（元）”须大于 0");
    assertThat(FundRules.check(5, line(Capacity.C3, "TRAINING", "会员继续教育培训二十期", "100.555")))
        .extracting(LineProblem::text).containsExactly("第 5 行：“金额（元）”最多两位小数");
    assertThat(FundRules.check(6, line(Capacity.C3, "TRAINING", "培".repeat(501), "100")))
        .extracting(LineProblem::text).containsExactly("第 6 行：“用途”不能超过 500 个字");
    assertThat(FundRules.check(7, line(Capacity.C1, "NO_SUCH_ITEM", "学术年会", "100")))
        .extracting(LineProblem::text).containsExactly("第 7 行：请从列表中选择“支出科目”");
  }

  @Test
  @DisplayName("An amount's trailing zeros are no decimals: 73456.790 is a two-decimal amount, 73456.791 is not")
  void trailingZerosAreNoDecimals() {
    assertThat(FundRules.check(1, line(Capacity.C3, "TRAINING", "会员继续教育培训二十期", "73456.790"))).isEmpty();
    assertThat(FundRules.check(1, line(Capacity.C3, "TRAINING", "会员继续教育培训二十期", "73456.7900"))).isEmpty();
    assertThat(FundRules.check(1, line(Capacity.C3, "TRAINING", "会员继续教育培训二十期", "73456.791")))
        .extracting(LineProblem::text).containsExactly("第 1 行：“金额（元）”最多两位小数");
  }

  @Test
  @DisplayName("Flags: 其他 always, a doubtful word with its reason; a refused line is never flagged")
  void flags() {
    assertThat(FundRules.flags(List.of(
        line(Capacity.C1, "MEETING", "水电行业学术年会", "1000"),
        line(Capacity.C4, "OTHER", "会员发展与管理系统建设", "1000"),
        line(Capacity.C4, "OTHER", "偿还银行贷款利息", "1000"),
        line(Capacity.C1, "MEETING", "学会活动室水电", "1000"))))
        .extracting(LineFlag::text)
        .containsExactly("第 2 行：选择“其他”科目的支出须由专项办公室判断是否属于项目业务",
            "第 4 行：用途中的“水电”可能属于日常办公经费，也可能是业务内容，请专项办公室判断");
  }

  @Test
  @DisplayName("R-IMP-1: the plan's lines add up to the award exactly")
  void planAddsUpToTheAward() {
    assertThat(FundRules.checkPlan(List.of(MEETING, SCIENCE_DAY), new BigDecimal("200000.00"))).isEmpty();
    assertThat(FundRules.checkPlan(List.of(MEETING), new BigDecimal("200000")))
        .extracting(LineProblem::text)
        .containsExactly(RuleClauses.reason("R-IMP-1", "各行金额合计 120,000.00 元，须等于奖励补助金额 200,000.00 元"));
    assertThat(FundRules.checkPlan(List.of(), new BigDecimal("200000")))
        .extracting(LineProblem::text).containsExactly(RuleClauses.reason("R-IMP-1", "经费使用计划至少要有一行"));
  }
}
