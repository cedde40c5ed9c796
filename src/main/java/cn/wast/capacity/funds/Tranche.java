package cn.wast.capacity.funds;

/** The events after which a share of the award is paid. */
public enum Tranche {
  PLAN_FILED("经费使用管理方案备案后"),
  MID_TERM_PASSED("中期检查通过后");

  private final String label;

  Tranche(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
