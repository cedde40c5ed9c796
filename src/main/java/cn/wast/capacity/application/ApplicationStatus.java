package cn.wast.capacity.application;

/** Where an application stands, from the intake to the award, in the words the office uses. */
public enum ApplicationStatus {
  SUBMITTED("已提交"),
  NOT_ACCEPTED("不予受理"),
  IN_FORMAL_REVIEW("形式审查中"),
  CORRECTION_REQUESTED("需补正"),
  ACCEPTED("已受理"),
  REJECTED("形式审查不通过"),
  WITHDRAWN("逾期撤回"),
  /** R-SUP-1: withdrawn because the society's qualification was revoked for fraud (another application). */
  WITHDRAWN_ON_REVOCATION("因撤销资格撤回"),
  UNDER_EXPERT_REVIEW("专家评审中"),
  RANKED("评审完成，未列入拟表彰名单"),
  PROPOSED("公示中"),
  REMOVED("公示期间移出名单"),
  COMMENDED("已表彰"),
  NOT_SELECTED("未入选"),
  DISQUALIFIED("已撤销资格");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
