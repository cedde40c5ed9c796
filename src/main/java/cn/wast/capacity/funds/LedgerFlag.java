package cn.wast.capacity.funds;

/**
 * A place in a check's ledger the office must look at, and why, in Chinese: a ledger line (its
 * number on the form, from 1), or a line of the mid-term ledger missing from the final one
 * ({@code line} 0, {@code spending} as the mid-term reported it).
 */
public record LedgerFlag(int line, BudgetLine spending, String reason) {

  /** The number a missing line stands under: it has no line of its own. */
  public static final int MISSING = 0;
}
