package cn.wast.capacity.audit;

/** What a change record is about, with the Chinese word the change pages show. */
public enum ChangeSubject {
  SOCIETY("学会"),
  SOCIETY_FACT("学会年度情况"),
  EXPERT("专家"),
  EXPERT_AFFILIATION("专家关联"),
  ACCOUNT("账号"),
  FRAUD_BAN("失信惩戒记录");

  private final String label;

  ChangeSubject(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
