package cn.wast.capacity.funds;

import cn.wast.capacity.round.RoundVariables;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the variables of the process 专项实施 ({@code implementation.bpmn}): the award, the fund
 * plan, the mid-term and final checks, the deadlines the society must meet, and its forms' fields.
 */
public final class ImplementationVariables {

  /** The key of the implementation process, {@code implementation}. */
  public static final String PROCESS = "implementation";

  public static final String APPLICATION_KEY = "applicationKey";
  public static final String SOCIETY_CODE = "societyCode";
  public static final String SOCIETY_NAME = "societyName";
  public static final String SOCIETY_NAME_MARKDOWN = "societyNameMarkdown";
  public static final String SOCIETY_GROUP = "societyGroup";
  public static final String ROUND_YEAR = RoundVariables.ROUND_YEAR;
  /** The award, as plain decimal text. */
  public static final String AWARD_AMOUNT = "awardAmount";
  public static final String AWARD_AMOUNT_TEXT = "awardAmountText";
  /** The project's first and last day, ISO dates. */
  public static final String PROJECT_START = "projectStart";
  public static final String PROJECT_END = "projectEnd";
  /** The end of the project's last day: the final report's timer. */
  public static final String PROJECT_ENDS_AT = "projectEndsAt";

  // The fund plan (经费使用管理方案).
  public static final String PLAN_DUE_AT = "planDueAt";
  public static final String PLAN_REMINDER_AT = "planReminderAt";
  public static final String PLAN_DUE_TEXT = "planDueText";
  public static final String PLAN_LATE_SINCE = "planLateSince";
  public static final String PLAN_ID = "planId";
  public static final String PLAN_VERSION = "planVersion";
  public static final String PLAN_MARKDOWN = "planMarkdown";
  public static final String PLAN_COMMENTS = "planComments";
  /** The comments as the society's form shows them: literal text. */
  public static final String PLAN_COMMENTS_MARKDOWN = "planCommentsMarkdown";
  /** The lines the office must judge, on the plan's or a check's form. */
  public static final String FLAGGED_LINES = "flaggedLines";
  public static final String PAID_SO_FAR = "paidSoFar";
  public static final String MID_TERM_AT = "midTermAt";

  // The mid-term and final checks.
  /** The check under way: a {@code CheckKind} name. */
  public static final String CURRENT_CHECK = "currentCheck";
  public static final String CHECK_ID = "checkId";
  public static final String REPORT_DUE_AT = "reportDueAt";
  public static final String REPORT_REMINDER_AT = "reportReminderAt";
  public static final String REPORT_DUE_TEXT = "reportDueText";
  public static final String REPORT_LATE_SINCE = "reportLateSince";
  public static final String BUDGET_LINE_OPTIONS = "budgetLineOptions";
  public static final String REPORT_LINKS = "reportLinks";
  public static final String LEDGER_TEXT = "ledgerText";
  public static final String PROGRESS_TEXT = "progressText";
  public static final String PAYMENTS_TEXT = "paymentsText";
  public static final String TRACKING_TEXT = "trackingText";

  // The corrections a mid-term check orders, and the deadlines the society missed.
  public static final String CORRECTIONS_ORDERED = "correctionsOrdered";
  public static final String CORRECTIONS_TEXT = "correctionsText";
  public static final String CORRECTIONS_DUE_AT = "correctionsDueAt";
  public static final String CORRECTIONS_REMINDER_AT = "correctionsReminderAt";
  public static final String CORRECTIONS_DUE_TEXT = "correctionsDueText";
  public static final String CORRECTIONS_LATE_SINCE = "correctionsLateSince";
  public static final String OVERDUE_WAIT_AGAIN = "overdueWaitAgain";
  public static final String OVERDUE_TEXT = "overdueText";
  /** What the office's review task shows of the submission's timeliness. */
  public static final String LATENESS_TEXT = "latenessText";

  // The form fund-plan.
  public static final String WORK_APPROACH = "workApproach";
  public static final String PRIORITIES = "priorities";
  public static final String MILESTONES = "milestones";
  public static final String INDICATORS = "indicators";
  public static final String BUDGET_LINES = "budgetLines";
  // The form file-fund-plan.
  public static final String FUND_PLAN_DECISION = "fundPlanDecision";
  public static final String FUND_PLAN_COMMENTS = "fundPlanComments";
  // The forms mid-term-report and final-report.
  public static final String PROGRESS = "progress";
  public static final String LEDGER = "ledger";
  public static final String SEPARATE_ACCOUNTS = "separateAccounts";
  // The form review-mid-term.
  public static final String MID_TERM_DECISION = "midTermDecision";
  public static final String MID_TERM_REASONS = "midTermReasons";
  public static final String CORRECTIONS = "corrections";
  public static final String CORRECT_BY = "correctBy";
  public static final String FRAUD_GROUNDS = "fraudGrounds";
  // The form review-final.
  public static final String FINAL_DECISION = "finalDecision";
  public static final String DYNAMIC_ACTION = "dynamicAction";
  public static final String ADJUSTMENT_AMOUNT = "adjustmentAmount";
  public static final String FINAL_REASONS = "finalReasons";
  // The forms handle-overdue and confirm-corrections.
  public static final String OVERDUE_DECISION = "overdueDecision";
  public static final String NEW_DUE_DATE = "newDueDate";
  public static final String OVERDUE_REASON = "overdueReason";

  /** The ids of the process's elements that Java names: user tasks, timers. */
  public static final class Elements {

    public static final String FILE_FUND_PLAN = "FileFundPlan";
    public static final String REVIEW_MID_TERM = "ReviewMidTerm";
    public static final String REVIEW_FINAL_ACCEPTANCE = "ReviewFinalAcceptance";
    public static final String HANDLE_OVERDUE_PLAN = "HandleOverduePlan";
    public static final String HANDLE_OVERDUE_MID_TERM_REPORT = "HandleOverdueMidTermReport";
    public static final String HANDLE_OVERDUE_FINAL_REPORT = "HandleOverdueFinalReport";
    public static final String CONFIRM_CORRECTIONS = "ConfirmCorrections";
    public static final String SUBMIT_FUND_PLAN = "SubmitFundPlan";
    public static final String SUBMIT_MID_TERM_REPORT = "SubmitMidTermReport";
    public static final String SUBMIT_FINAL_REPORT = "SubmitFinalReport";
    public static final String MID_TERM_DUE = "MidTermDue";
    public static final String IMPLEMENTATION_PERIOD_ENDS = "ImplementationPeriodEnds";

    private Elements() {}
  }

  private ImplementationVariables() {}

  public static String applicationKey(VariableScope scope) {
    return (String) scope.getVariable(APPLICATION_KEY);
  }

  public static BigDecimal awardAmount(VariableScope scope) {
    return new BigDecimal((String) scope.getVariable(AWARD_AMOUNT));
  }

  public static LocalDate projectStart(VariableScope scope) {
    return LocalDate.parse((String) scope.getVariable(PROJECT_START));
  }

  public static LocalDate projectEnd(VariableScope scope) {
    return LocalDate.parse((String) scope.getVariable(PROJECT_END));
  }

  public static Instant projectEndsAt(VariableScope scope) {
    return ((Date) scope.getVariable(PROJECT_ENDS_AT)).toInstant();
  }

  /** The fund plan's id; set when the society submits its plan. */
  public static long planId(VariableScope scope) {
    return ((Number) scope.getVariable(PLAN_ID)).longValue();
  }

  /** The fund plan's version, 0 before the society submitted one. */
  public static int planVersion(VariableScope scope) {
    Object version = scope.getVariable(PLAN_VERSION);
    return version == null ? 0 : ((Number) version).intValue();
  }

  /** The id of the check under way; set when its report is recorded. */
  public static long checkId(VariableScope scope) {
    return ((Number) scope.getVariable(CHECK_ID)).longValue();
  }
}
