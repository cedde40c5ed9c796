package cn.wast.capacity.eligibility;

import java.util.List;

/**
 * Every rule that failed for one application, in rule order (R-APP-1, R-ELIG-*, R-EXCL-*);
 * none means the society is eligible.
 */
public record EligibilityVerdict(List<RuleOutcome> failures) {

  public EligibilityVerdict {
    failures = List.copyOf(failures);
    if (failures.stream().anyMatch(RuleOutcome::passed)) {
      throw new IllegalArgumentException("a verdict lists failures only");
    }
  }

  public boolean eligible() {
    return failures.isEmpty();
  }

  /** One line per failure, as {@link RuleOutcome#reasonLine()} writes it. */
  public List<String> reasonLines() {
    return failures.stream().map(RuleOutcome::reasonLine).toList();
  }

  /** The ids of the failed rules, in order. */
  public List<String> failedRuleIds() {
    return failures.stream().map(RuleOutcome::ruleId).toList();
  }
}
