package cn.wast.capacity.funds;

/** The names the implementation process (专项实施) is known by, and its own variables. */
public final class Implementation {

  public static final String PROCESS = "implementation";
  public static final String APPLICATION_KEY = "applicationKey";
  public static final String AWARD_AMOUNT = "awardAmount";
  public static final String PROJECT_START = "projectStart";
  public static final String PROJECT_END = "projectEnd";
  static final String PLAN_DUE_AT = "planDueAt";
  static final String PLAN_REMINDER_AT = "planReminderAt";
  static final String PLAN_DUE_TEXT = "planDueText";
  static final String PLAN_ID = "planId";
  static final String PLAN_VERSION = "planVersion";
  public static final String PLAN_COMMENTS = "planComments";
  /** The comments as the society's form shows them: literal text. */
  public static final String PLAN_COMMENTS_MARKDOWN = "planCommentsMarkdown";

  private Implementation() {}

  /** {@code IMPL-2026-WHJX} for the award of application {@code APP-2026-WHJX}. */
  public static String businessKeyOf(String applicationKey) {
    return "IMPL-" + applicationKey.substring(applicationKey.indexOf('-') + 1);
  }
}
