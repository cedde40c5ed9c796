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
  public static final String BOARD_BODY_TEXT = "boardBodyText";
  public static final String DOCUMENTS_MARKDOWN = "documentsMarkdown";
  public static final String CORRECTION_COUNT = "correctionCount";
  /** R-DYN-1: the society's support in earlier rounds, as the formal-review and scoring forms show it. */
  public static final String SUPPORT_HISTORY_MARKDOWN = "supportHistoryMarkdown";

  private ApplicationVariables() {}
}
