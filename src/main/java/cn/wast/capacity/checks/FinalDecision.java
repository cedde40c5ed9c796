package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.rules.RuleClauses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-CHK-2, R-DYN-1, R-SUP-1: the office's verdict at the final acceptance: passed; failed, with
 * support adjusted (by how much, at most the award) or terminated, and why; or signs of fraud,
 * with the grounds.
 */
public record FinalDecision(Optional<String> decision, Optional<String> action, Optional<BigDecimal> adjustment,
    Optional<String> reasons, Optional<String> grounds) {

  public static final String PASSED = "passed";
  public static final String FAILED = "failed";
  public static final String FRAUD = "fraud";
  public static final String ADJUST = "adjust";
  public static final String TERMINATE = "terminate";
  static final int MIN_REASONS = 10;

  public static FinalDecision read(FormValues values) {
    return new FinalDecision(values.text(ImplementationVariables.FINAL_DECISION), values.text(ImplementationVariables.DYNAMIC_ACTION),
        values.decimal(ImplementationVariables.ADJUSTMENT_AMOUNT, 2), values.text(ImplementationVariables.FINAL_REASONS), values.text(ImplementationVariables.FRAUD_GROUNDS));
  }

  /** The conclusion; null when none of the three was chosen. */
  public CheckOutcome outcome() {
    return switch (decision.orElse("")) {
      case PASSED -> CheckOutcome.PASSED;
      case FAILED -> CheckOutcome.FAILED;
      case FRAUD -> CheckOutcome.FRAUD_REFERRED;
      default -> null;
    };
  }

  public boolean passed() {
    return outcome() == CheckOutcome.PASSED;
  }

  /** What follows for the society's support; none after a fraud finding, which the disqualification decides. */
  public Optional<Support> support() {
    if (outcome() == CheckOutcome.FRAUD_REFERRED) {
      return Optional.empty();
    }
    if (passed()) {
      return Optional.of(Support.CONTINUED);
    }
    return Optional.of(action.filter(ADJUST::equals).isPresent() ? Support.ADJUSTED : Support.TERMINATED);
  }

  public CheckFinding finding() {
    return new CheckFinding(outcome() == CheckOutcome.FRAUD_REFERRED, grounds);
  }

  public List<String> problems(BigDecimal award) {
    List<String> problems = new ArrayList<>();
    if (outcome() == null) {
      problems.add("请选择验收结论：通过、不通过，或发现弄虚作假线索");
      return problems;
    }
    if (outcome() != CheckOutcome.FAILED) {
      problems.addAll(finding().problems());
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
