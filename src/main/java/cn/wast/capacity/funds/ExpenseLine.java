package cn.wast.capacity.funds;

import java.time.LocalDate;
import java.util.Map;

/**
 * R-FUND-2, R-FUND-4: one line of the project's own expense ledger (单独核算): when, the budget
 * line's fields, the voucher it is booked under, and the number of the filed plan's line it is
 * spent under ({@code budgetLine}, from 1; null when none was named, as in ledgers reported before
 * lines named their budget line).
 */
public record ExpenseLine(LocalDate date, BudgetLine spending, String voucherNumber, Integer budgetLine) {

  /** A line that names no budget line. */
  public ExpenseLine(LocalDate date, BudgetLine spending, String voucherNumber) {
    this(date, spending, voucherNumber, null);
  }

  /**
   * A row of a form's dynamic list: a budget line's fields plus {@code date}, {@code voucher} and
   * {@code budgetLine}, the voucher number as {@link VoucherNumber} reads it.
   */
  public static ExpenseLine fromRow(Map<String, String> row) {
    return new ExpenseLine(FundPlanForm.date(row.get("date")), BudgetLine.fromRow(row),
        VoucherNumber.of(row.get("voucher")), lineNumber(row.get("budgetLine")));
  }

  private static Integer lineNumber(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
