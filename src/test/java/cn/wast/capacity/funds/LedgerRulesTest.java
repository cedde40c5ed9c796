package cn.wast.capacity.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.review.Capacity;
import cn.wast.capacity.rules.RuleClauses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-FUND-2, R-FUND-4: the expense ledger's checks, and the ledger against the plan. */
class LedgerRulesTest {

  private static final LocalDate START = LocalDate.of(2026, 6, 1);
  private static final LocalDate END = LocalDate.of(2027, 5, 31);

  private static ExpenseLine expense(String date, Capacity capacity, String purpose, String amount, String voucher) {
    return new ExpenseLine(date == null ? null : LocalDate.parse(date),
        new BudgetLine(capacity, "MEETING", purpose, new BigDecimal(amount)), voucher);
  }

  @Test
  @DisplayName("R-FUND-2: a ledger in the project period, each line under its own voucher, accounted separately, passes")
  void cleanLedgerPasses() {
    assertThat(LedgerRules.check(List.of(
        expense("2026-06-01", Capacity.C1, "学术年会会场租赁费用", "30000", "记-2026-061"),
        expense("2027-05-31", Capacity.C3, "会员继续教育培训讲课费", "12000", "记-2027-052")), START, END, END, true))
        .isEmpty();
  }

  @Test
  @DisplayName("R-FUND-2: outside the period, a duplicate voucher or no separate accounts is refused with its rule; a missing date or voucher with the form's own message")
  void badLedgerIsRefused() {
    assertThat(LedgerRules.check(List.of(
        expense("2026-05-31", Capacity.C1, "学术年会会场租赁费用", "30000", "记-001"),
        expense("2026-07-01", Capacity.C1, "学术年会专家差旅费用", "8000", "记-001"),
        expense(null, Capacity.C2, "科普活动展板制作费用", "5000", " ")), START, END, END, false))
        .extracting(LineProblem::text)
        .containsExactly(
            RuleClauses.reason("R-FUND-2", "请确认专项经费单独核算、专款专用"),
            "第 1 行" + RuleClauses.reason("R-FUND-2", "支出日期 2026-05-31 不在项目实施期（2026-06-01 至 2027-05-31）内"),
            "第 2 行" + RuleClauses.reason("R-FUND-2", "凭证号 记-001 与第 1 行重复"),
            "第 3 行：请填写“支出日期”",
            "第 3 行：请填写“凭证号”");
  }

  @Test
  @DisplayName("R-FUND-3: a forbidden expense in the ledger is caught like a budget line")
  void forbiddenExpenseIsCaught() {
    assertThat(LedgerRules.check(List.of(expense("2026-08-01", Capacity.C4, "秘书处人员八月工资", "9000", "记-080")),
        START, END, END, true))
        .extracting(LineProblem::ruleId).containsExactly("R-FUND-3");
  }

  @Test
  @DisplayName("R-FUND-4: spend by capacity against the plan, with what was overspent")
  void spendAgainstPlan() {
    List<BudgetLine> plan = List.of(
        new BudgetLine(Capacity.C1, "MEETING", "学术年会", new BigDecimal("100000")),
        new BudgetLine(Capacity.C2, "POPULAR_SCIENCE", "科普活动", new BigDecimal("50000")));
    FundTracking tracking = FundTracking.of(plan, List.of(
        expense("2026-07-01", Capacity.C1, "学术年会会场", "40000", "A1"),
        expense("2026-07-02", Capacity.C1, "学术年会差旅", "20000", "A2"),
        expense("2026-08-01", Capacity.C2, "科普展板制作", "55000", "A3")));
    assertThat(tracking.byCapacity().get(Capacity.C1).percent()).isEqualByComparingTo("60.0");
    assertThat(tracking.byCapacity().get(Capacity.C3).percent()).isNull();
    assertThat(tracking.overspent()).containsExactly(Capacity.C2);
    assertThat(tracking.spent()).isEqualByComparingTo("115000");
    assertThat(tracking.markdown()).contains("C1 服务创新能力：计划 100,000.00 元，已支出 60,000.00 元（60.0%）",
        "C2 服务社会和政府能力：计划 50,000.00 元，已支出 55,000.00 元（110.0%），**超出计划**", "合计：计划 150,000.00 元，已支出 115,000.00 元");
  }
}
