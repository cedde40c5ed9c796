package cn.wast.capacity.review;

/** Where an expert's assignment to an application stands. */
public enum AssignmentStatus {
  ASSIGNED("待评分"),
  SCORED("已评分"),
  RECUSED("已回避"),
  REPLACED("已替换"),
  WITHDRAWN("席位撤销");

  private final String label;

  AssignmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
