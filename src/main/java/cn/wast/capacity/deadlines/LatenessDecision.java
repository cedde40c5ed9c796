package cn.wast.capacity.deadlines;

/** What happened at a deadline that passed, as the record names it. */
public enum LatenessDecision {
  SUBMITTED_LATE("逾期报送"),
  URGED("催办"),
  EXTENDED("延期"),
  RECORDED("记录逾期"),
  CORRECTED("整改已完成");

  private final String label;

  LatenessDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
