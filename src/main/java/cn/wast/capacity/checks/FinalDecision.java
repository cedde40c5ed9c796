package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.rules.RuleClauses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-CHK-2, R-DYN-1: the office's verdict at the final acceptance; when it fails, whether support
 * is adjusted (by how much) or terminated, and why.
 */
public record FinalDecision(
    Optional<String> decision, Optional<String> action, Optional<BigDecimal> adjustment, Optional<String> reasons) {

  public static final String PASSED = "passed";
  public static final String FAILED = "failed";
  public static final String ADJUST = "adjust";
  public static final String TERMINATE = "terminate";
  static final int MIN_REASONS = 10;

  public static FinalDecision read(FormValues values) {
    return new FinalDecision(values.text("finalDecision"), values.text("dynamicAction"),
        values.decimal("adjustmentAmount", 2), values.text("finalReasons"));
  }

  public boolean passed() {
    return decision.filter(PASSED::equals).isPresent();
  }

  public Support support() {
    if (passed()) {
      return Support.CONTINUED;
    }
    return action.filter(ADJUST::equals).isPresent() ? Support.ADJUSTED : Support.TERMINATED;
  }

  public List<String> problems(BigDecimal award) {
    List<String> problems = new ArrayList<>();
    if (decision.filter(d -> d.equals(PASSED) || d.equals(FAILED)).isEmpty()) {
      problems.add("请选择验收结论：通过或不通过");
      return problems;
    }
    if (passed()) {
      return problems;
    }
    if (action.filter(a -> a.equals(ADJUST) || a.equals(TERMINATE)).isEmpty()) {
      problems.add(RuleClauses.reason("R-DYN-1", "验收不通过时，请选择调整支持或终止支持"));
    } else if (action.get().equals(ADJUST)
        && (adjustment.isEmpty() || adjustment.get().signum() <= 0 || adjustment.get().compareTo(award) > 0)) {
      problems.add(RuleClauses.reason("R-DYN-1", "请填写调减金额，须大于 0 且不超过奖励补助 " + Numbers.yuan(award)));
    }
    if (reasons.map(String::length).orElse(0) < MIN_REASONS) {
      problems.add("验收不通过时，请写明理由（至少 " + MIN_REASONS + " 个字），将发给学会");
    }
    return problems;
  }
}
