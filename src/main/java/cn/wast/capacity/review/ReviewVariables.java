package cn.wast.capacity.review;

import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the variables of the process 申报专家评审 ({@code review.bpmn}): the expert review of one
 * accepted application, called by the round once per application, with the application's review
 * seats inside it. Each application's seats are executions of its own instance, so that a score
 * loads and locks one application's review, not the whole round's.
 *
 * <p>The seat's variables (one multi-instance of 专家评审) are local to the seat: which application,
 * which seat, the expert holding it, the deadline, and the fields of the two forms worked on the
 * seat, so that no expert's task sees another seat's scores.
 */
public final class ReviewVariables {

  /** The key of the review process, {@code review}. */
  public static final String PROCESS = "review";
  /** The application under review (its key is also the review's business key), passed in by the round. */
  public static final String APPLICATION = RoundVariables.REVIEWED_APPLICATION;
  /** The numbers of the review's seats, 1 and on, one 专家评审 each. */
  public static final String SEATS = "reviewSeats";

  public static final String SEAT_APPLICATION_KEY = "seatApplicationKey";
  /** The seat's number on its application: the multi-instance's element. */
  public static final String SEAT_NUMBER = "seatNumber";
  public static final String SEAT_SOCIETY_NAME = "seatSocietyName";
  public static final String SEAT_ASSIGNMENT_ID = "seatAssignmentId";
  public static final String SEAT_EXPERT = "seatExpert";
  public static final String SEAT_EXPERT_NAME = "seatExpertName";
  public static final String SEAT_DUE_AT = "seatDueAt";
  public static final String SEAT_REMINDER_AT = "seatReminderAt";
  public static final String SEAT_DUE_TEXT = "seatDueText";
  public static final String SCORE_GUIDE = "scoreGuide";
  public static final String SEAT_WITHDRAWN = "seatWithdrawn";
  public static final String MISSING_SCORE_CAUSE = "missingScoreCause";
  public static final String MISSING_SCORE_TEXT = "missingScoreText";
  public static final String REPLACEMENT_OPTIONS = "replacementOptions";
  public static final String REPLACEMENT_FOUND = "replacementFound";
  /** The score sheet's weighted total, set when the score is recorded. */
  public static final String WEIGHTED_TOTAL = "weightedTotal";

  // The form score-application.
  public static final String CONFLICT_DECLARED = "conflictDeclared";
  public static final String CONFLICT_REASON = "conflictReason";
  public static final String SCORE_C1 = "scoreC1";
  public static final String SCORE_C2 = "scoreC2";
  public static final String SCORE_C3 = "scoreC3";
  public static final String SCORE_C4 = "scoreC4";
  public static final String SCORE_COMMENT = "scoreComment";

  // The form resolve-missing-score.
  public static final String MISSING_SCORE_DECISION = "missingScoreDecision";
  public static final String NEW_DUE_DATE = "newDueDate";
  public static final String REPLACEMENT_EXPERT = "replacementExpert";
  public static final String MISSING_SCORE_NOTE = "missingScoreNote";

  /** The form fields worked on the seat, emptied whenever a new expert or decision is due. */
  static final String[] SCORE_FIELDS = {SCORE_C1, SCORE_C2, SCORE_C3, SCORE_C4, SCORE_COMMENT, CONFLICT_REASON};
  static final String[] OFFICE_FIELDS = {MISSING_SCORE_DECISION, NEW_DUE_DATE, REPLACEMENT_EXPERT, MISSING_SCORE_NOTE};

  /** The ids of the process's elements that Java names: user tasks, timers. */
  public static final class Elements {

    public static final String RESOLVE_MISSING_SCORE = "ResolveMissingScore";
    public static final String SCORE_APPLICATION = "ScoreApplication";

    private Elements() {}
  }

  private ReviewVariables() {}

  /** The seat's number on its application; the seat must hold it. */
  public static int seatNumber(VariableScope seat) {
    return ((Number) seat.getVariable(SEAT_NUMBER)).intValue();
  }

  /** The key of the application under review; the review must hold it. */
  public static String application(VariableScope review) {
    return (String) review.getVariable(APPLICATION);
  }
}
