package cn.wast.capacity.funds;

/** The events after which a share of the award is paid. */
public enum Tranche {
  PLAN_FILED("经费使用管理方案备案后"),
  MID_TERM_PASSED("中期检查通过后"),
  /** R-DYN-1: the share kept back until the final acceptance, so that 调整/终止 act on money. */
  FINAL_ACCEPTED("结项验收通过后");

  private final String label;

  Tranche(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
