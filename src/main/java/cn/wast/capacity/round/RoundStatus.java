package cn.wast.capacity.round;

/** Where a year's round stands. */
public enum RoundStatus {
  /** The call is out and societies may apply until the application deadline. */
  OPEN,
  /** The application window has closed; formal review goes on. */
  CLOSED,
  /** Formal review is over and its results are recorded. */
  FORMAL_REVIEW_DONE
}
