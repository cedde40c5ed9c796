package cn.wast.capacity.eligibility;

import cn.wast.capacity.rules.RuleClauses;

/**
 * What one eligibility rule found for one society.
 *
 * @param ruleId the rule's id in RULES.md, e.g. {@code R-ELIG-1}
 * @param passed whether the rule holds
 * @param reason when it does not hold: why, in Chinese, for the society to read; otherwise null
 */
public record RuleOutcome(String ruleId, boolean passed, String reason) {

  public RuleOutcome {
    if (ruleId == null || ruleId.isBlank()) {
      throw new IllegalArgumentException("an outcome names its rule");
    }
    if (!passed && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException(ruleId + ": a failure carries its reason");
    }
    if (passed && reason != null) {
      throw new IllegalArgumentException(ruleId + ": a pass carries no reason");
    }
  }

  public static RuleOutcome pass(String ruleId) {
    return new RuleOutcome(ruleId, true, null);
  }

  public static RuleOutcome fail(String ruleId, String reason) {
    return new RuleOutcome(ruleId, false, reason);
  }

  /**
   * The failure as letters and the history show it, the plan's clause in words and the id in small
   * print: {@code 【依据实施方案三（一）第1项 · 申报前连续两年社团年检合格】2025年度社团年检不合格（R-ELIG-1）}.
   */
  public String reasonLine() {
    return RuleClauses.reason(ruleId, reason);
  }
}
