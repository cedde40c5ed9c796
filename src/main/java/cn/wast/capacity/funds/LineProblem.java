package cn.wast.capacity.funds;

import cn.wast.capacity.rules.RuleClauses;

/**
 * A refused line: its number on the form (from 1), the rule and the reason in Chinese. A form's
 * own check (a field left empty, a length, an amount) has no rule: {@code ruleId} is null.
 */
public record LineProblem(int line, String ruleId, String reason) {

  /** A form's own check, under no rule. */
  static LineProblem form(int line, String reason) {
    return new LineProblem(line, null, reason);
  }

  /**
   * As the form and the mails show it: 第 2 行【依据实施方案五（三） · 不得用于人员、日常办公等支出】…（R-FUND-3），
   * or 第 2 行：请填写“用途” for a form's own check.
   */
  public String text() {
    String place = line > 0 ? "第 " + line + " 行" : "";
    return ruleId == null ? (place.isEmpty() ? "" : place + "：") + reason : place + RuleClauses.reason(ruleId, reason);
  }
}
