package cn.wast.capacity.accounts;

/** Where an account stands; only an active one signs in. */
public enum AccountState {
  /** Created or reset: no usable password until the activation link is used. */
  PENDING("待激活"),
  ACTIVE("已激活"),
  DISABLED("已停用");

  private final String label;

  AccountState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
