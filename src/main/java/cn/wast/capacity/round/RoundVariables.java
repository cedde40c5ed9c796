package cn.wast.capacity.round;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the round process's own variables, and typed accessors for the ones read as numbers. The
 * year and the quota are also passed to, or set in, other processes under the same names.
 */
public final class RoundVariables {

  /** The key of the round process, {@code round}. */
  public static final String PROCESS = "round";

  /** Who opened the round: the start event's initiator. */
  public static final String OPENED_BY = "openedBy";
  public static final String ROUND_YEAR = "roundYear";
  public static final String QUOTA = "quota";
  public static final String APPLICATION_WINDOW_CLOSES_AT = "applicationWindowClosesAt";
  public static final String FORMAL_REVIEW_CLOSES_AT = "formalReviewClosesAt";
  public static final String APPLICATION_DEADLINE_TEXT = "applicationDeadlineText";
  public static final String FORMAL_REVIEW_DEADLINE_TEXT = "formalReviewDeadlineText";
  public static final String CALL_RECIPIENTS = "callRecipients";
  public static final String ACCEPTED_APPLICATIONS = "acceptedApplications";
  public static final String ACCEPTED_COUNT = "acceptedCount";
  public static final String APPLICATION_COUNT = "applicationCount";
  public static final String APPLICATIONS_BY_STATUS = "applicationsByStatus";

  private RoundVariables() {}

  /** The round's year; the scope must hold it. */
  public static int roundYear(VariableScope scope) {
    return ((Number) scope.getVariable(ROUND_YEAR)).intValue();
  }

  public static void setRoundYear(VariableScope scope, int year) {
    scope.setVariable(ROUND_YEAR, year);
  }

  /** The number of places the round awards; the scope must hold it. */
  public static int quota(VariableScope scope) {
    return ((Number) scope.getVariable(QUOTA)).intValue();
  }

  public static void setQuota(VariableScope scope, int quota) {
    scope.setVariable(QUOTA, quota);
  }
}
