package cn.wast.capacity.checks;

/** The checks of an awarded society's implementation. */
public enum CheckKind {
  MID_TERM("中期检查"),
  FINAL("结项验收");

  private final String label;

  CheckKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
