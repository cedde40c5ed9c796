package cn.wast.capacity.application;

import cn.wast.capacity.round.RoundVariables;

/**
 * Names of the application process's own variables (the form fields are named by the forms). Only
 * what a form shows, an expression or a letter reads, or an auditor reads in history: who applied,
 * when, and the application's status stand in its row ({@link Applications}), and the society's
 * group is derived from its code ({@link ApplicationGroups}).
 */
public final class ApplicationVariables {

  /** The key of the application process, {@code application}. */
  public static final String PROCESS = "application";

  public static final String ROUND_YEAR = RoundVariables.ROUND_YEAR;
  public static final String SOCIETY_CODE = "societyCode";
  public static final String SOCIETY_NAME = "societyName";
  public static final String APPLICATION_KEY = "applicationKey";
  public static final String SUBMITTED_AT_TEXT = "submittedAtText";
  /**
   * The society's typed texts as the office's and the experts' forms show them, literal text and
   * never markup, in one JSON value ({@link ShownMaterials}): {@code {{shownMaterials.achievementC1}}}.
   */
  public static final String SHOWN_MATERIALS = "shownMaterials";
  public static final String DOCUMENTS_MARKDOWN = "documentsMarkdown";
  public static final String CORRECTION_COUNT = "correctionCount";
  /** R-DYN-1: the society's support in earlier rounds, as the formal-review and scoring forms show it. */
  public static final String SUPPORT_HISTORY_MARKDOWN = "supportHistoryMarkdown";
  /** The apply form's 研究同意的机构 (理事会 or 常务理事会). */
  public static final String BOARD_BODY = "boardBody";
  /** R-ELIG-*, R-EXCL-*: the eligibility verdict, and on a refusal its reasons and the failed rules' ids. */
  public static final String ELIGIBLE = "eligible";
  public static final String ELIGIBILITY_REASONS = "eligibilityReasons";
  public static final String FAILED_RULES = "failedRules";
  /** R-REV-1: the formal-review form's decision and its texts. */
  public static final String FORMAL_REVIEW_DECISION = "formalReviewDecision";
  public static final String CORRECTION_REQUEST = "correctionRequest";
  public static final String REJECTION_REASON = "rejectionReason";
  /** The correction's deadline and the reminder before it. */
  public static final String CORRECTION_DEADLINE = "correctionDeadline";
  public static final String CORRECTION_REMINDER_AT = "correctionReminderAt";
  public static final String CORRECTION_DEADLINE_TEXT = "correctionDeadlineText";
  /** The correction request as the society's form shows it: literal text. */
  public static final String CORRECTION_REQUEST_MARKDOWN = "correctionRequestMarkdown";

  // No longer written: named so that the history of applications submitted before them reads in
  // Chinese. Who applied is the application row's and history's start user; the history shown to
  // the office is SUPPORT_HISTORY_MARKDOWN; the approving body in words and each text's escaped
  // copy (achievementC1Markdown, …) are in SHOWN_MATERIALS.
  public static final String FORMER_APPLICANT = "applicant";
  public static final String FORMER_SUPPORT_HISTORY = "supportHistory";
  public static final String FORMER_BOARD_BODY_TEXT = "boardBodyText";

  /** The ids of the process's elements that Java names: user tasks, timers. */
  public static final class Elements {

    public static final String FORMAL_REVIEW = "FormalReview";

    private Elements() {}
  }

  private ApplicationVariables() {}
}
