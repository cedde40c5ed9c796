package cn.wast.capacity.funds;

import java.time.LocalDate;
import java.util.Map;

/**
 * R-FUND-2: one line of the project's own expense ledger (单独核算): when, the budget line's
 * fields, and the voucher it is booked under.
 */
public record ExpenseLine(LocalDate date, BudgetLine spending, String voucherNumber) {

  /**
   * A row of a form's dynamic list: a budget line's fields plus {@code date} and {@code voucher},
   * the voucher number as {@link VoucherNumber} reads it.
   */
  public static ExpenseLine fromRow(Map<String, String> row) {
    return new ExpenseLine(FundPlanForm.date(row.get("date")), BudgetLine.fromRow(row),
        VoucherNumber.of(row.get("voucher")));
  }
}
