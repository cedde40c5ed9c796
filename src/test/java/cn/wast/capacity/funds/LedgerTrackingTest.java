package cn.wast.capacity.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.review.Capacity;
import cn.wast.capacity.rules.RuleClauses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-FUND-4 (追踪问效): ledger lines against the budget lines they name, spend per budget line, and
 * the final ledger reconciled with the mid-term one.
 */
class LedgerTrackingTest {

  private static final LocalDate START = LocalDate.of(2026, 6, 1);
  private static final LocalDate END = LocalDate.of(2027, 5, 31);

  /** The filed plan: 1 a meeting of 50,000 and 2 a workshop of 60,000, both C1; 3 popular science, C2. */
  private static final List<BudgetLine> PLAN = List.of(
      new BudgetLine(Capacity.C1, "MEETING", "药学学术年会会务", new BigDecimal("50000")),
      new BudgetLine(Capacity.C1, "MEETING", "青年药师学术沙龙", new BigDecimal("60000")),
      new BudgetLine(Capacity.C2, "POPULAR_SCIENCE", "合理用药科普进社区", new BigDecimal("90000")));

  private static ExpenseLine expense(String date, Capacity capacity, String item, String purpose, String amount,
      String voucher, Integer budgetLine) {
    return new ExpenseLine(LocalDate.parse(date), new BudgetLine(capacity, item, purpose, new BigDecimal(amount)),
        voucher, budgetLine);
  }

  @Test
  @DisplayName("R-FUND-4: spend per budget line; a line over its budget is flagged with budget, spent and excess, though its capacity is within plan")
  void aBudgetLineOverspentIsFlaggedThoughItsCapacityIsNot() {
    List<ExpenseLine> ledger = List.of(
        expense("2026-07-01", Capacity.C1, "MEETING", "学术年会会务费", "40000", "记-001", 1),
        expense("2026-07-02", Capacity.C1, "MEETING", "学术年会专家会务费", "22000", "记-002", 1),
        expense("2026-08-01", Capacity.C1, "MEETING", "学术沙龙会务费", "10000", "记-003", 2));

    FundTracking tracking = FundTracking.of(PLAN, ledger);
    assertThat(tracking.overspent()).isEmpty();
    assertThat(tracking.byLine()).extracting(FundTracking.LineSpend::spent)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("62000"), new BigDecimal("10000"), BigDecimal.ZERO);
    assertThat(tracking.markdown()).contains(
        "第 1 行 C1 · 会议费 · 药学学术年会会务：预算 50,000.00 元，已支出 62,000.00 元（124.0%），**超出预算 12,000.00 元**",
        "第 2 行 C1 · 会议费 · 青年药师学术沙龙：预算 60,000.00 元，已支出 10,000.00 元（16.7%）");

    assertThat(LedgerFlags.of(PLAN, ledger, List.of())).singleElement().satisfies(flag -> {
      assertThat(flag.line()).isEqualTo(2);
      assertThat(flag.reason()).isEqualTo("预算第 1 行（C1 · 会议费 · 药学学术年会会务）预算 50,000.00 元，台账已支出 62,000.00 元，"
          + "超出 12,000.00 元（C1 服务创新能力合计未超出计划），请专项办公室判断");
    });
  }

  @Test
  @DisplayName("R-FUND-4: a ledger line names a line of the filed plan serving its capacity; another item on that line is flagged, not refused")
  void aLedgerLineNamesItsBudgetLine() {
    assertThat(LedgerRules.budgetLines(List.of(
        expense("2026-07-01", Capacity.C1, "MEETING", "年会会场租赁", "40000", "记-001", null),
        expense("2026-07-01", Capacity.C1, "MEETING", "年会会场租赁", "40000", "记-002", 4),
        expense("2026-07-01", Capacity.C2, "MEETING", "年会会场租赁", "40000", "记-003", 1),
        expense("2026-07-01", Capacity.C1, "MEETING", "年会会场租赁", "40000", "记-004", 2)), PLAN))
        .extracting(LineProblem::text)
        .containsExactly(
            "第 1 行：请选择“对应的预算行”",
            "第 2 行：“对应的预算行”须是备案的经费使用计划中的一行（共 3 行），请从列表中选择",
            "第 3 行" + RuleClauses.reason("R-FUND-4", "所选预算第 1 行服务 C1 服务创新能力，本行“服务的能力”是 C2 服务社会和政府能力："
                + "请选择服务同一能力的预算行"));

    assertThat(LedgerFlags.of(PLAN, List.of(
        expense("2026-07-01", Capacity.C1, "TRAVEL", "年会专家差旅费", "4000", "记-001", 1)), List.of()))
        .singleElement().satisfies(flag -> {
          assertThat(flag.line()).isEqualTo(1);
          assertThat(flag.reason()).isEqualTo("所选预算第 1 行的支出科目是“会议费”，本行是“差旅费”，请专项办公室判断可否在该预算行列支");
        });
  }

  @Test
  @DisplayName("R-FUND-4: the final ledger against the mid-term one: a voucher changed and a voucher gone are each flagged, an unchanged one is not")
  void theFinalLedgerIsReconciledWithTheMidTermOne() {
    List<ExpenseLine> midTerm = List.of(
        expense("2026-07-01", Capacity.C1, "MEETING", "年会会场租赁", "90000", "记-001", 1),
        expense("2026-07-05", Capacity.C2, "POPULAR_SCIENCE", "科普展板制作", "8000", "记-002", 3),
        expense("2026-07-09", Capacity.C1, "MEETING", "沙龙场地", "5000", "记-003", 2));
    List<ExpenseLine> finalLedger = List.of(
        expense("2026-07-01", Capacity.C1, "MEETING", "年会会场租赁", "30000", "记-001", 1),
        expense("2026-07-09", Capacity.C1, "MEETING", "沙龙场地", "5000.00", "记－００３", 2),
        expense("2027-03-01", Capacity.C2, "POPULAR_SCIENCE", "科普进社区讲解", "20000", "记-010", 3));

    assertThat(LedgerReconciliation.flags(midTerm, finalLedger))
        .extracting(LedgerFlag::line, LedgerFlag::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "凭证 记-001 中期检查时为 90,000.00 元，结项时为 30,000.00 元"),
            org.assertj.core.groups.Tuple.tuple(0, "中期检查时报告的凭证 记-002 在结项台账中缺失（2026-07-05 · C2 · 科普活动费 · 科普展板制作 · 8,000.00 元）"));
    assertThat(LedgerReconciliation.flags(midTerm, finalLedger).get(1).spending().amount())
        .isEqualByComparingTo("8000");

    List<ExpenseLine> moved = List.of(
        expense("2026-07-02", Capacity.C1, "MEETING", "年会会场及设备租赁", "90000", "记-001", 2),
        midTerm.get(1), midTerm.get(2));
    assertThat(LedgerReconciliation.flags(midTerm, moved)).singleElement().satisfies(flag -> assertThat(flag.reason())
        .isEqualTo("凭证 记-001 中期检查时支出日期为 2026-07-01，结项时为 2026-07-02；中期检查时用途为“年会会场租赁”，"
            + "结项时为“年会会场及设备租赁”；中期检查时列入预算第 1 行，结项时列入预算第 2 行"));
  }

  @Test
  @DisplayName("R-FUND-2: a date outside the period names the implementation period, a date after today names today")
  void theDateMessagesNameTheRealPeriod() {
    LocalDate today = LocalDate.of(2026, 9, 15);
    assertThat(LedgerRules.check(List.of(
        expense("2026-05-31", Capacity.C1, "MEETING", "年会会场租赁", "100", "记-001", 1),
        expense("2026-09-16", Capacity.C1, "MEETING", "年会会场租赁", "100", "记-002", 1)), START, END, today, true))
        .extracting(LineProblem::text)
        .containsExactly(
            "第 1 行" + RuleClauses.reason("R-FUND-2", "支出日期 2026-05-31 不在项目实施期（2026-06-01 至 2027-05-31）内"),
            "第 2 行" + RuleClauses.reason("R-FUND-2", "支出日期 2026-09-16 晚于今天（2026-09-15），台账只能填写已经发生的支出"));
  }
}
