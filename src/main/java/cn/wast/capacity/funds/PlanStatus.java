package cn.wast.capacity.funds;

/** Where a submitted version of a fund-management plan stands. */
public enum PlanStatus {
  SUBMITTED("待备案"),
  FILED("已备案"),
  RETURNED("已退回修改");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
