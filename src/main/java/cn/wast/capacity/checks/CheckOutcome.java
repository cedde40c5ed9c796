package cn.wast.capacity.checks;

/** What a check concluded. */
public enum CheckOutcome {
  PASSED("通过"),
  PASSED_WITH_CORRECTIONS("通过，需整改"),
  FAILED("未通过"),
  /** R-SUP-1: signs of fraud found; nothing is paid and the society's disqualification starts or is joined. */
  FRAUD_REFERRED("发现弄虚作假线索，移交核查");

  private final String label;

  CheckOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
