package cn.wast.capacity.funds;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.review.Capacity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-FUND-1, R-FUND-4: everything in a check's ledger the office must decide on, one flag per
 * ledger line with all its reasons (so one decision per line), then the mid-term lines missing
 * from a final ledger: the lines the rules cannot place ({@link LedgerRules#flags}); a line under
 * another item than its budget line's; the line with which a budget line's spend passes its
 * budget, even when the capacity's total stays within plan; and every change since the mid-term
 * ({@link LedgerReconciliation}).
 */
public final class LedgerFlags {

  private LedgerFlags() {}

  /**
   * @param plan the filed plan's budget lines, in order
   * @param earlier the mid-term ledger when this is the final one, else empty
   */
  public static List<LedgerFlag> of(List<BudgetLine> plan, List<ExpenseLine> ledger, List<ExpenseLine> earlier) {
    Map<Integer, List<String>> reasons = new LinkedHashMap<>();
    LedgerRules.flags(ledger).forEach(flag -> add(reasons, flag.line(), flag.reason()));
    for (int i = 0; i < ledger.size(); i++) {
      Integer budgetLine = ledger.get(i).budgetLine();
      String item = ledger.get(i).spending().category();
      if (budgetLine != null && budgetLine >= 1 && budgetLine <= plan.size()
          && !plan.get(budgetLine - 1).category().equals(item)) {
        add(reasons, i + 1, "所选预算第 " + budgetLine + " 行的支出科目是“" + ExpenseRules.current().name(plan.get(budgetLine - 1).category())
            + "”，本行是“" + ExpenseRules.current().name(item) + "”，请专项办公室判断可否在该预算行列支");
      }
    }
    FundTracking tracking = FundTracking.of(plan, ledger);
    for (FundTracking.LineSpend over : tracking.overspentLines()) {
      Capacity capacity = over.planned().capacity();
      FundTracking.Row total = tracking.byCapacity().get(capacity);
      add(reasons, crossing(over, ledger), "预算第 " + over.number() + " 行（" + capacity.name() + " · "
          + ExpenseRules.current().name(over.planned().category()) + " · " + over.planned().shortPurpose() + "）预算 "
          + Numbers.yuan(over.planned().amount()) + "，台账已支出 " + Numbers.yuan(over.spent()) + "，超出 "
          + Numbers.yuan(over.excess()) + "（" + capacity.name() + " " + capacity.label()
          + (total.spent().compareTo(total.planned()) > 0 ? "合计也超出计划" : "合计未超出计划") + "），请专项办公室判断");
    }
    List<LedgerFlag> missing = new ArrayList<>();
    for (LedgerFlag flag : LedgerReconciliation.flags(earlier, ledger)) {
      if (flag.line() == LedgerFlag.MISSING) {
        missing.add(flag);
      } else {
        add(reasons, flag.line(), flag.reason());
      }
    }
    List<LedgerFlag> flags = new ArrayList<>();
    reasons.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> flags.add(
        new LedgerFlag(e.getKey(), ledger.get(e.getKey() - 1).spending(), String.join("；", e.getValue()))));
    flags.addAll(missing);
    return flags;
  }

  /** The ledger line with which the spend under a budget line first passes its budget. */
  private static int crossing(FundTracking.LineSpend over, List<ExpenseLine> ledger) {
    java.math.BigDecimal spent = java.math.BigDecimal.ZERO;
    for (int i = 0; i < ledger.size(); i++) {
      ExpenseLine line = ledger.get(i);
      if (Integer.valueOf(over.number()).equals(line.budgetLine()) && line.spending().amount() != null) {
        spent = spent.add(line.spending().amount());
        if (spent.compareTo(over.planned().amount()) > 0) {
          return i + 1;
        }
      }
    }
    throw new IllegalStateException("a budget line overspent has a line that passes its budget");
  }

  private static void add(Map<Integer, List<String>> reasons, int line, String reason) {
    reasons.computeIfAbsent(line, l -> new ArrayList<>()).add(reason);
  }
}
