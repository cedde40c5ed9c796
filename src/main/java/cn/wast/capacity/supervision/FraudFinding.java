package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-SUP-1: the office's finding: fraud or false reporting confirmed or not, and the facts. */
public record FraudFinding(Optional<String> decision, Optional<String> findings) {

  public static final String CONFIRMED = "confirmed";
  public static final String NOT_CONFIRMED = "notConfirmed";
  static final int MIN_FINDINGS = 10;

  public static FraudFinding read(FormValues values) {
    return new FraudFinding(values.text("fraudDecision"), values.text("findings"));
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (decision.filter(d -> d.equals(CONFIRMED) || d.equals(NOT_CONFIRMED)).isEmpty()) {
      problems.add("请选择核查结论：认定弄虚作假或不予认定");
    }
    if (findings.map(String::length).orElse(0) < MIN_FINDINGS) {
      problems.add("请写明核查认定的事实（至少 " + MIN_FINDINGS + " 个字），认定的将写入撤销资格决定");
    }
    return problems;
  }
}
