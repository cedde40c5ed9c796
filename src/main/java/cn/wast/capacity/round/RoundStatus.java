package cn.wast.capacity.round;

/** Where a year's round stands. */
public enum RoundStatus {
  /** The call is out and societies may apply until the application deadline. */
  OPEN("申报中"),
  /** The application window has closed; formal review goes on. */
  CLOSED("形式审查中"),
  /** Formal review is over and its results are recorded. */
  FORMAL_REVIEW_DONE("形式审查完成"),
  /** The committee is formed and the experts are scoring (R-REV-2, R-EVAL-1). */
  EXPERT_REVIEW("专家评审中"),
  /** The proposed list stands in public (R-REV-3, R-SUP-2). */
  IN_NOTICE("公示中"),
  /** Every place is settled: the societies are commended and awarded, the others told. */
  COMPLETED("评选完成");

  private final String label;

  RoundStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
