package cn.wast.capacity.checks;

/** R-DYN-1: what follows a final acceptance for the society's support. */
public enum Support {
  CONTINUED("继续给予支持"),
  ADJUSTED("调整支持"),
  TERMINATED("终止支持");

  private final String label;

  Support(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
