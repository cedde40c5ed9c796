package cn.wast.capacity.experts;

/** R-REV-2: how an expert is tied to a society. */
public enum AffiliationRole {
  MEMBER("会员"),
  OFFICER("现任负责人或理事"),
  FORMER_OFFICER("曾任负责人或理事");

  private final String label;

  AffiliationRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
