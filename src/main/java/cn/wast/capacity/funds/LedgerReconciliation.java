package cn.wast.capacity.funds;

import cn.wast.capacity.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * R-FUND-4: the final ledger reconciled with the mid-term one. The final ledger is cumulative:
 * every voucher reported at the mid-term is still in it, with the same date, amount, purpose and
 * budget line. A voucher changed is flagged at its line with each change; a voucher gone is
 * flagged as missing, with what the mid-term reported. Vouchers compare as {@link VoucherNumber}
 * reads them.
 */
public final class LedgerReconciliation {

  private LedgerReconciliation() {}

  public static List<LedgerFlag> flags(List<ExpenseLine> midTerm, List<ExpenseLine> finalLedger) {
    Map<String, Integer> finalLines = new LinkedHashMap<>();
    for (int i = 0; i < finalLedger.size(); i++) {
      finalLines.putIfAbsent(VoucherNumber.of(finalLedger.get(i).voucherNumber()), i);
    }
    List<LedgerFlag> changed = new ArrayList<>();
    List<LedgerFlag> missing = new ArrayList<>();
    for (ExpenseLine earlier : midTerm) {
      String voucher = VoucherNumber.of(earlier.voucherNumber());
      Integer index = finalLines.get(voucher);
      if (index == null) {
        missing.add(new LedgerFlag(LedgerFlag.MISSING, earlier.spending(), "中期检查时报告的凭证 " + voucher
            + " 在结项台账中缺失（" + earlier.date() + " · " + describe(earlier.spending()) + "）"));
        continue;
      }
      ExpenseLine now = finalLedger.get(index);
      List<String> changes = changes(earlier, now);
      if (!changes.isEmpty()) {
        changed.add(new LedgerFlag(index + 1, now.spending(), "凭证 " + voucher + " " + String.join("；", changes)));
      }
    }
    changed.sort((a, b) -> Integer.compare(a.line(), b.line()));
    changed.addAll(missing);
    return changed;
  }

  private static List<String> changes(ExpenseLine earlier, ExpenseLine now) {
    List<String> changes = new ArrayList<>();
    if (!Objects.equals(earlier.date(), now.date())) {
      changes.add("中期检查时支出日期为 " + earlier.date() + "，结项时为 " + now.date());
    }
    BudgetLine was = earlier.spending();
    BudgetLine is = now.spending();
    if (was.capacity() != is.capacity() || !Objects.equals(was.category(), is.category())) {
      changes.add("中期检查时为 " + was.capacity() + " · " + ExpenseRules.current().name(was.category()) + "，结项时为 "
          + is.capacity() + " · " + ExpenseRules.current().name(is.category()));
    }
    if (is.amount() == null || was.amount().compareTo(is.amount()) != 0) {
      changes.add("中期检查时为 " + Numbers.yuan(was.amount()) + "，结项时为 "
          + (is.amount() == null ? "空" : Numbers.yuan(is.amount())));
    }
    if (!was.purpose().strip().equals(is.purpose() == null ? "" : is.purpose().strip())) {
      changes.add("中期检查时用途为“" + was.purpose().strip() + "”，结项时为“" + is.purpose().strip() + "”");
    }
    if (earlier.budgetLine() != null && !earlier.budgetLine().equals(now.budgetLine())) {
      changes.add("中期检查时列入预算第 " + earlier.budgetLine() + " 行，结项时列入预算第 " + now.budgetLine() + " 行");
    }
    return changes;
  }

  /** C2 · 科普活动费 · 科普展板制作 · 8,000.00 元 */
  static String describe(BudgetLine line) {
    return line.capacity() + " · " + ExpenseRules.current().name(line.category()) + " · " + line.purpose().strip()
        + " · " + Numbers.yuan(line.amount());
  }
}
