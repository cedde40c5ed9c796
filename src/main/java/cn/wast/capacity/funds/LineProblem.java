package cn.wast.capacity.funds;

import cn.wast.capacity.rules.RuleClauses;

/** A refused line: its number on the form (from 1), the rule and the reason in Chinese. */
public record LineProblem(int line, String ruleId, String reason) {

  /** As the form and the mails show it: 第 2 行【依据实施方案五（三） · 不得用于人员、日常办公等支出】…（R-FUND-3） */
  public String text() {
    return (line > 0 ? "第 " + line + " 行" : "") + RuleClauses.reason(ruleId, reason);
  }
}
