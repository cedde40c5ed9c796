package cn.wast.capacity.review;

/** The four capacities experts score (二、(一) of the programme; C1..C4 in RULES.md). */
public enum Capacity {
  C1("服务创新能力"),
  C2("服务社会和政府能力"),
  C3("服务科技工作者能力"),
  C4("自我发展能力");

  private final String label;

  Capacity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
