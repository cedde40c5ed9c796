package cn.wast.capacity.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one catalogue of the programme's rules in words: for every rule id of {@code docs/RULES.md},
 * the clause of the implementation plan it comes from and a short title. Letters, form headings and
 * the reasons a society reads quote the clause; the id follows in small print (in parentheses, at
 * the end), so that history, audit and reports keep finding it.
 */
public final class RuleClauses {

  private static final Map<String, Clause> CLAUSES = new LinkedHashMap<>();

  static {
    add("R-EVAL-1", "二（二）", "综合能力排在前列的学会予以表彰奖励");
    add("R-CALL-1", "四（一）", "确定奖励名额并发布申报通知");
    add("R-APP-1", "四（一）", "市科协所属学会自愿申报");
    add("R-APP-2", "四（一）", "申报须经理事会（常务理事会）研究同意");
    add("R-APP-3", "四（一）", "按通知要求提供相应材料");
    add("R-ELIG-1", "三（一）第1项", "申报前连续两年社团年检合格");
    add("R-ELIG-2", "三（一）第1项", "年终按时提交工作总结及下一年度工作计划");
    add("R-ELIG-3", "三（一）第2项", "内部管理规范，组织领导有力");
    add("R-ELIG-4", "三（一）第3项", "配备专兼职秘书长（或副秘书长）和相应规模的工作人员");
    add("R-ELIG-5", "三（一）第4项", "财务资产制度健全，有独立银行账号和财务管理人员");
    add("R-EXCL-1", "三（二）第1项", "有违纪违法行为的不予受理");
    add("R-EXCL-2", "三（二）第2项", "受到相关部门通报批评或处罚的不予受理");
    add("R-EXCL-3", "三（二）第3项", "未按要求完成委托项目的不予受理");
    add("R-EXCL-4", "五（二）", "弄虚作假的，连续3年取消申报资格");
    add("R-REV-1", "四（二）", "形式审查由专项办公室负责");
    add("R-REV-2", "四（二）", "相关领域专家组成评审委员会评审");
    add("R-REV-3", "四（二）", "拟表彰名单公示十天，期满无异议的予以表彰奖励");
    add("R-IMP-1", "四（三）", "制定资金管理办法报市科协备案");
    add("R-CHK-1", "四（四）", "接受中期检查并提供书面材料");
    add("R-CHK-2", "四（四）", "接受总结验收并提供书面材料");
    add("R-DYN-1", "一（三）第3项", "绩效评价，动态管理");
    add("R-SUP-1", "五（二）", "弄虚作假的撤销资格、收回资金");
    add("R-SUP-2", "五（二）", "信息公开和社会监督");
    add("R-FUND-1", "五（三）", "专项资金用于四项能力业务工作");
    add("R-FUND-2", "五（三）", "纳入学会财务统一管理，单独核算、专款专用");
    add("R-FUND-3", "五（三）", "不得用于人员、日常办公等支出");
    add("R-FUND-4", "五（三）", "专项资金使用追踪问效");
  }

  private RuleClauses() {}

  private static void add(String ruleId, String section, String title) {
    CLAUSES.put(ruleId, new Clause(ruleId, section, title));
  }

  public static Optional<Clause> find(String ruleId) {
    return Optional.ofNullable(CLAUSES.get(ruleId));
  }

  /** The clause of a rule id the code names; an id without one is a programming error. */
  public static Clause of(String ruleId) {
    return find(ruleId).orElseThrow(() -> new IllegalArgumentException("no clause for rule " + ruleId));
  }

  /** A reason as a society reads it: 【依据实施方案三（一）第1项 · 连续两年社团年检合格】2025年度社团年检不合格（R-ELIG-1） */
  public static String reason(String ruleId, String reason) {
    Clause clause = of(ruleId);
    return clause.tag() + reason + clause.idInSmallPrint();
  }

  /**
   * The clauses a decision rests on, each once, in the order of the rules: {@code 三（一）第1项、五（二）}.
   * A letter writes "根据实施方案…的规定" with them, so it never cites a part that played no role.
   */
  public static String basis(Collection<String> ruleIds) {
    return ruleIds.stream().map(RuleClauses::of).map(Clause::section).distinct().collect(Collectors.joining("、"));
  }

  public static List<Clause> all() {
    return List.copyOf(CLAUSES.values());
  }
}
