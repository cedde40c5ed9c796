package cn.wast.capacity.publicity;

/** Where an objection stands. */
public enum ObjectionStatus {
  RECEIVED("待核查"),
  UPHELD("异议成立"),
  DISMISSED("异议不成立");

  private final String label;

  ObjectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
