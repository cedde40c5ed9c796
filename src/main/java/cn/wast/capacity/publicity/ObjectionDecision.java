package cn.wast.capacity.publicity;

import cn.wast.capacity.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-SUP-2, R-SUP-1: the office's finding on an objection: upheld or dismissed, with reasons, and
 * whether the investigation found fraud or false reporting (only with an upheld objection).
 */
public record ObjectionDecision(Optional<String> decision, Optional<String> reasons, boolean fraudFound) {

  public static final String UPHELD = "upheld";
  public static final String DISMISSED = "dismissed";
  static final int MIN_REASONS = 10;

  public static ObjectionDecision read(FormValues values) {
    return new ObjectionDecision(values.text(ObjectionVariables.OBJECTION_DECISION), values.text(ObjectionVariables.OBJECTION_REASONS),
        values.isTrue(ObjectionVariables.FRAUD_FOUND));
  }

  public boolean upheld() {
    return decision.filter(UPHELD::equals).isPresent();
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (decision.filter(d -> d.equals(UPHELD) || d.equals(DISMISSED)).isEmpty()) {
      problems.add("请选择核查结论：异议成立或异议不成立");
    }
    if (reasons.map(String::length).orElse(0) < MIN_REASONS) {
      problems.add("请写明核查的事实和理由（至少 " + MIN_REASONS + " 个字），将告知异议人并存档");
    }
    if (fraudFound && !upheld()) {
      problems.add("只有异议成立时才能认定弄虚作假");
    }
    return problems;
  }

  public ObjectionStatus status() {
    return upheld() ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
  }
}
