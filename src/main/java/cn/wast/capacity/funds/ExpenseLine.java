package cn.wast.capacity.funds;

import java.time.LocalDate;

/**
 * R-FUND-2: one line of the project's own expense ledger (单独核算): when, the budget line's
 * fields, and the voucher it is booked under.
 */
public record ExpenseLine(LocalDate date, BudgetLine spending, String voucherNumber) {}
