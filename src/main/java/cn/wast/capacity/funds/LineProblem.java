package cn.wast.capacity.funds;

/** A refused line: its number on the form (from 1), the rule and the reason in Chinese. */
public record LineProblem(int line, String ruleId, String reason) {

  /** As the form and the mails show it: 第 2 行【R-FUND-3】… */
  public String text() {
    return (line > 0 ? "第 " + line + " 行" : "") + "【" + ruleId + "】" + reason;
  }
}
