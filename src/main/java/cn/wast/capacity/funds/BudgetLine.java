package cn.wast.capacity.funds;

import cn.wast.capacity.review.Capacity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * R-IMP-1: one line of a fund-management plan, or (with a date and voucher elsewhere) of the
 * expense ledger: the capacity it serves, its expense item (the code of {@link ExpenseRules}'s
 * catalogue, as the form's {@code category} submits it), what it is for, and the amount in yuan.
 * A field left empty on the form is null.
 */
public record BudgetLine(Capacity capacity, String category, String purpose, BigDecimal amount) {

  /** A row of a form's dynamic list: {@code capacity}, {@code category}, {@code purpose}, {@code amount}. */
  public static BudgetLine fromRow(Map<String, String> row) {
    return new BudgetLine(
        FundPlanForm.enumOf(Capacity.class, row.get("capacity")),
        row.get("category"),
        row.getOrDefault("purpose", ""),
        FundPlanForm.amount(row.get("amount")));
  }

  static final int SHORT_PURPOSE = 20;

  /** The purpose as a list or a reason names the line: at most its first 20 characters, then “…”. */
  public String shortPurpose() {
    String text = purpose == null ? "" : purpose.strip();
    return text.codePointCount(0, text.length()) <= SHORT_PURPOSE ? text
        : text.substring(0, text.offsetByCodePoints(0, SHORT_PURPOSE)) + "…";
  }
}
