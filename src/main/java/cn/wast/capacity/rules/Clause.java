package cn.wast.capacity.rules;

/**
 * Where a numbered rule of {@code docs/RULES.md} stands in the implementation plan
 * (《学会能力提升专项实施方案》, 武科协〔2012〕105号), in words a society reads.
 *
 * @param ruleId the rule's id, e.g. {@code R-ELIG-1}
 * @param section the plan's part, paragraph and item, e.g. {@code 三（一）第1项}
 * @param title what the clause asks, in a few words
 */
public record Clause(String ruleId, String section, String title) {

  /** 依据实施方案三（一）第1项 */
  public String cited() {
    return "依据实施方案" + section;
  }

  /** As letters and messages head a reason: 【依据实施方案三（一）第1项 · 连续两年社团年检合格】 */
  public String tag() {
    return "【" + cited() + " · " + title + "】";
  }

  /** The rule's id after the words, for the record: （R-ELIG-1） */
  public String idInSmallPrint() {
    return "（" + ruleId + "）";
  }
}
