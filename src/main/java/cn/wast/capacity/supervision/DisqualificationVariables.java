package cn.wast.capacity.supervision;

import cn.wast.capacity.round.RoundVariables;

/**
 * Names of the variables of the process 撤销资格 ({@code disqualification.bpmn}), of the facts its
 * investigation form shows, and of its forms' fields.
 */
public final class DisqualificationVariables {

  /** The key of the disqualification process, {@code disqualification}. */
  public static final String PROCESS = "disqualification";

  /** Who started it from the tasklist: the start event's initiator. */
  public static final String STARTED_BY = "startedBy";
  public static final String APPLICATION_KEY = "applicationKey";
  public static final String GROUNDS = "grounds";
  public static final String SOURCE = "source";
  /** Whether this start joined the society's running disqualification instead of running itself. */
  public static final String JOINED = "joinedRunning";
  public static final String JOINED_BUSINESS_KEY = "joinedBusinessKey";
  public static final String RECOVERY_REMINDER_EVERY = RecoveryVariables.RECOVERY_REMINDER_EVERY;

  // The facts the investigation shows, refreshed whenever its form is opened.
  public static final String SOCIETY_CODE = "societyCode";
  public static final String SOCIETY_NAME = "societyName";
  public static final String SOCIETY_NAME_MARKDOWN = "societyNameMarkdown";
  public static final String ROUND_YEAR = RoundVariables.ROUND_YEAR;
  public static final String APPLICATION_STATUS_TEXT = "applicationStatusText";
  public static final String PAID_TEXT = "paidText";
  public static final String GROUNDS_MARKDOWN = "groundsMarkdown";

  // Set when the qualification is revoked.
  public static final String RECOVERY_AMOUNT_TEXT = "recoveryAmountText";
  public static final String BAN_UNTIL_TEXT = "banUntilText";
  public static final String DECIDED_ON = "decidedOn";

  // The form investigate-fraud; the start form (start-disqualification) takes the year, the society's code and the grounds.
  public static final String FRAUD_DECISION = "fraudDecision";
  public static final String FINDINGS = "findings";
  public static final String DECISION_NUMBER = "decisionNumber";

  /** The ids of the process's elements that Java names: user tasks, timers. */
  public static final class Elements {

    public static final String INVESTIGATE_FRAUD = "InvestigateFraud";

    private Elements() {}
  }

  private DisqualificationVariables() {}
}
