package cn.wast.capacity.funds;

/**
 * R-FUND-1: the fixed list of categories a budget line or an expense is filed under; each is
 * business work on the capacities. Spending of any other kind has no category here, and its
 * purpose is read for it anyway (see {@link ForbiddenUse}).
 */
public enum SpendingCategory {
  ACADEMIC_EXCHANGE("学术会议与学术交流"),
  POPULAR_SCIENCE("科普活动"),
  TRAINING("培训与继续教育"),
  CONSULTING("决策咨询与科技评价"),
  STANDARDS("标准制定"),
  PUBLICATION("出版、报告与资料"),
  MEMBER_SERVICES("会员服务与人才举荐"),
  RESEARCH("调研与课题研究"),
  GOVERNANCE("治理与制度建设"),
  OTHER("其他");

  private final String label;

  SpendingCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
