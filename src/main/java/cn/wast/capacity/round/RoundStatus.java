package cn.wast.capacity.round;

/** Where a year's round stands. */
public enum RoundStatus {
  /** The call is out and societies may apply until the application deadline. */
  OPEN,
  /** The application window has closed; formal review goes on. */
  CLOSED,
  /** Formal review is over and its results are recorded. */
  FORMAL_REVIEW_DONE,
  /** The committee is formed and the experts are scoring (R-REV-2, R-EVAL-1). */
  EXPERT_REVIEW,
  /** The proposed list stands in public (R-REV-3, R-SUP-2). */
  IN_NOTICE,
  /** Every place is settled: the societies are commended and awarded, the others told. */
  COMPLETED
}
