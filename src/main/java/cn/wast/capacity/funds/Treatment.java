package cn.wast.capacity.funds;

/** R-FUND-1, R-FUND-3: what the rules do with a line of an expense item. */
public enum Treatment {
  /** Offered on the forms; a line passes unless its purpose says otherwise. */
  ALLOWED,
  /** Offered on the forms; every line goes before the office, which decides. */
  FLAGGED,
  /** Never offered; a line naming it is refused under R-FUND-3 with its clause. */
  FORBIDDEN
}
