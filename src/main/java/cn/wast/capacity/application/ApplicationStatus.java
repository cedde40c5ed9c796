package cn.wast.capacity.application;

/** Where an application stands in the intake, in the words the office uses. */
public enum ApplicationStatus {
  SUBMITTED("已提交"),
  NOT_ACCEPTED("不予受理"),
  IN_FORMAL_REVIEW("形式审查中"),
  CORRECTION_REQUESTED("需补正"),
  ACCEPTED("已受理"),
  REJECTED("形式审查不通过"),
  WITHDRAWN("逾期撤回");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
