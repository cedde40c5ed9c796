package cn.wast.capacity.funds;

import cn.wast.capacity.review.Capacity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * R-IMP-1: one line of a fund-management plan, or (with a date and voucher elsewhere) of the
 * expense ledger: the capacity it serves, its category, what it is for, and the amount in yuan.
 * A field left empty on the form is null.
 */
public record BudgetLine(Capacity capacity, SpendingCategory category, String purpose, BigDecimal amount) {

  /** A row of a form's dynamic list: {@code capacity}, {@code category}, {@code purpose}, {@code amount}. */
  public static BudgetLine fromRow(Map<String, String> row) {
    return new BudgetLine(
        FundPlanForm.enumOf(Capacity.class, row.get("capacity")),
        FundPlanForm.enumOf(SpendingCategory.class, row.get("category")),
        row.getOrDefault("purpose", ""),
        FundPlanForm.amount(row.get("amount")));
  }
}
