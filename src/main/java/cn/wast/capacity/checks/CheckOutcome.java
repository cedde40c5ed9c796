package cn.wast.capacity.checks;

/** What a check concluded. */
public enum CheckOutcome {
  PASSED("通过"),
  PASSED_WITH_CORRECTIONS("通过，需整改"),
  FAILED("未通过");

  private final String label;

  CheckOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
