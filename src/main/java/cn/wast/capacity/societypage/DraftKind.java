package cn.wast.capacity.societypage;

import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.round.RoundVariables;
import java.util.Arrays;
import java.util.Optional;

/**
 * The long forms a society can save as a draft: the application (a start form of
 * {@code application}) and its three later reports (tasks of {@code implementation}).
 */
enum DraftKind {
  APPLICATION("application", "apply", "申报材料", null),
  FUND_PLAN("fund-plan", "fund-plan", "经费使用管理方案", ImplementationVariables.Elements.SUBMIT_FUND_PLAN),
  MID_TERM_REPORT("mid-term-report", "mid-term-report", "中期检查材料", ImplementationVariables.Elements.SUBMIT_MID_TERM_REPORT),
  FINAL_REPORT("final-report", "final-report", "结项验收材料", ImplementationVariables.Elements.SUBMIT_FINAL_REPORT);

  private final String slug;
  private final String formKey;
  private final String title;
  private final String taskDefinitionKey;

  DraftKind(String slug, String formKey, String title, String taskDefinitionKey) {
    this.slug = slug;
    this.formKey = formKey;
    this.title = title;
    this.taskDefinitionKey = taskDefinitionKey;
  }

  static Optional<DraftKind> bySlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }

  String slug() {
    return slug;
  }

  String formKey() {
    return formKey;
  }

  String title() {
    return title;
  }

  /** The society's task in {@code implementation} this draft completes; none for the application. */
  String taskDefinitionKey() {
    return taskDefinitionKey;
  }

  /** Whether the page sets this field itself: the application's year is the round's. */
  boolean fixes(String fieldKey) {
    return this == APPLICATION && fieldKey.equals(RoundVariables.ROUND_YEAR);
  }

  boolean isApplication() {
    return this == APPLICATION;
  }
}
