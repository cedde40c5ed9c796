package cn.wast.capacity.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.review.Capacity;
import cn.wast.capacity.rules.RuleClauses;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-FUND-1, R-FUND-3, R-IMP-1: the checks on each line of a fund plan or ledger. */
class FundRulesTest {

  private static BudgetLine line(Capacity capacity, SpendingCategory category, String purpose, String amount) {
    return new BudgetLine(capacity, category, purpose, amount == null ? null : new BigDecimal(amount));
  }

  private static final BudgetLine MEETING =
      line(Capacity.C1, SpendingCategory.ACADEMIC_EXCHANGE, "举办华中地区机械工程学术年会的会场租金和专家差旅", "120000");
  private static final BudgetLine SCIENCE_DAY =
      line(Capacity.C2, SpendingCategory.POPULAR_SCIENCE, "全国科普日进社区活动的展板和讲解", "80000");

  @Test
  @DisplayName("R-FUND-1: business work on a capacity, with a category, a purpose and an amount, passes")
  void businessWorkPasses() {
    assertThat(FundRules.check(1, MEETING)).isEmpty();
    assertThat(FundRules.check(2, line(Capacity.C2, SpendingCategory.CONSULTING,
        "开展会员单位科技成果绩效评价和新能源车辆技术咨询", "30000"))).isEmpty();
  }

  @Test
  @DisplayName("R-FUND-3: a salary filed under a meeting category is still caught, by its purpose")
  void salaryUnderAMeetingIsCaught() {
    List<LineProblem> problems = FundRules.check(3,
        line(Capacity.C1, SpendingCategory.ACADEMIC_EXCHANGE, "学术年会期间秘书处人员工资及加班", "50000"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.ruleId()).isEqualTo("R-FUND-3");
      assertThat(p.text()).isEqualTo("第 3 行" + RuleClauses.reason("R-FUND-3", "用途中的“工资”属于人员经费，专项经费不得用于人员经费"));
    });
  }

  @ParameterizedTest(name = "R-FUND-3: {0} is {1}")
  @CsvSource({
      "支付学会办公室全年房租, 日常办公经费",
      "向灾区学校捐款支持科普, 捐赠",
      "赞助企业举办的产品发布会, 赞助",
      "缴纳税务部门罚款和滞纳金, 罚款",
      "偿还贷款本金及利息, 偿还贷款",
      "认购科技公司股份入股, 对外投资",
      "学会会议室装修改造, 基本建设",
      "秘书处职工福利发放, 人员经费"})
  void everyForbiddenUseIsCaught(String purpose, String use) {
    assertThat(FundRules.check(1, line(Capacity.C4, SpendingCategory.GOVERNANCE, purpose, "1000")))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.ruleId()).isEqualTo("R-FUND-3");
          assertThat(p.reason()).endsWith("专项经费不得用于" + use);
        });
  }

  @ParameterizedTest(name = "R-FUND-3: \"{0}\" is refused as {1}")
  @CsvSource({
      "学会专职人员工资, 人员经费",
      "向市中心医院赠送礼品, 捐赠",
      "赞助本市业余足球俱乐部比赛, 赞助",
      "支付学会公务用车交通违章罚款, 罚款",
      "银行贷款本月分期还款, 偿还贷款"})
  void trickyLinesAreRefused(String purpose, String use) {
    assertThat(FundRules.check(1, line(Capacity.C1, SpendingCategory.ACADEMIC_EXCHANGE, purpose, "2000")))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.ruleId()).isEqualTo("R-FUND-3");
          assertThat(p.reason()).endsWith("专项经费不得用于" + use);
        });
  }

  @Test
  @DisplayName("R-FUND-1: a conference coffee break is business work")
  void coffeeBreakIsBusinessWork() {
    assertThat(FundRules.check(1, line(Capacity.C1, SpendingCategory.ACADEMIC_EXCHANGE,
        "学术年会会间茶歇和参会专家用餐", "6000"))).isEmpty();
  }

  @Test
  @DisplayName("R-FUND-1: a line without capacity, category or purpose, or with no positive amount, is refused with each reason")
  void incompleteLineIsRefused() {
    assertThat(FundRules.check(4, line(null, null, "会议", "-5")))
        .extracting(LineProblem::text)
        .containsExactly(
            "第 4 行" + RuleClauses.reason("R-FUND-1", "请选择该项经费服务的能力（C1 至 C4）：专项经费只能用于四项能力相关的业务工作"),
            "第 4 行" + RuleClauses.reason("R-FUND-1", "请选择支出类别"),
            "第 4 行" + RuleClauses.reason("R-FUND-1", "请写明用途（至少 6 个字），说明开展哪项业务工作"),
            "第 4 行" + RuleClauses.reason("R-FUND-1", "金额须大于 0"));
    assertThat(FundRules.check(5, line(Capacity.C3, SpendingCategory.TRAINING, "会员继续教育培训二十期", "100.555")))
        .extracting(LineProblem::text).containsExactly("第 5 行" + RuleClauses.reason("R-FUND-1", "金额最多两位小数（元）"));
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
