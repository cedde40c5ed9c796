package cn.wast.capacity.round;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the round process's own variables and of its forms' fields, and typed accessors for the
 * ones read as numbers. The year and the quota are also passed to, or set in, other processes under
 * the same names.
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

  // The form open-round, besides the year and the quota.
  public static final String APPLICATION_DEADLINE = "applicationDeadline";
  public static final String FORMAL_REVIEW_DEADLINE = "formalReviewDeadline";
  public static final String AWARD_AMOUNT = "awardAmount";
  public static final String AWARD_BANDS = "awardBands";

  // The expert committee and the expert review of each accepted application.
  /** The committee form's choices. */
  public static final String EXPERT_OPTIONS = "expertOptions";
  public static final String ACCEPTED_APPLICATIONS_TEXT = "acceptedApplicationsText";
  public static final String COMMITTEE_EXPERTS = "committeeExperts";
  public static final String EXPERTS_PER_APPLICATION = "expertsPerApplication";
  public static final String SCORING_DUE_TEXT = "scoringDueText";
  /** The accepted applications' keys, one expert review each. */
  public static final String REVIEWED_APPLICATIONS = "reviewedApplications";
  /** The element of the expert reviews' multi-instance, passed to each review. */
  public static final String REVIEWED_APPLICATION = "reviewedApplication";

  // The ranking and a tie at the quota's boundary (the form break-tie).
  public static final String RANKED_COUNT = "rankedCount";
  public static final String BOUNDARY_TIE = "boundaryTie";
  public static final String TIE_PLACES_LEFT = "tiePlacesLeft";
  public static final String TIE_COMPOSITE = "tieComposite";
  public static final String TIE_OPTIONS = "tieOptions";
  public static final String TIE_TEXT = "tieText";
  public static final String TIE_CHOSEN = "tieChosen";
  public static final String TIE_REASONS = "tieReasons";
  public static final String RANKING_SHEET = "rankingSheet";
  public static final String RANKING_SHEET_LINK = "rankingSheetLink";
  // The form confirm-proposed-list.
  public static final String PROPOSED_LIST_CONFIRMED = "proposedListConfirmed";
  public static final String CONFIRMATION_NOTE = "confirmationNote";

  // The public notice: one quota place each (one multi-instance of 名额公示). A place's variables
  // are local to it: the society standing for it now, its period, and the office's move-up
  // decision; a place keeps its number when a society is moved up into it.
  /** The places' numbers, as text: the notice's collection. */
  public static final String NOTICE_PLACES = "noticePlaces";
  public static final String NOTICE_ENDS_TEXT = "noticeEndsText";
  /** The place's number: the multi-instance's element. */
  public static final String NOTICE_PLACE = "noticePlace";
  public static final String PLACE_ENTRY_ID = "placeEntryId";
  public static final String PLACE_APPLICATION_KEY = "placeApplicationKey";
  public static final String PLACE_SOCIETY_NAME = "placeSocietyName";
  public static final String PLACE_ENDS_AT = "placeEndsAt";
  public static final String PLACE_ENDS_TEXT = "placeEndsText";
  public static final String OBJECTIONS_PENDING = "objectionsPending";
  public static final String OBJECTION_UPHELD = "objectionUpheld";
  public static final String MOVE_UP_OPTIONS = "moveUpOptions";
  public static final String MOVE_UP_TEXT = "moveUpText";
  public static final String REMOVAL_TEXT = "removalText";
  // The form decide-move-up, worked on the place.
  public static final String MOVE_UP_DECISION = "moveUpDecision";
  public static final String MOVE_UP_CANDIDATE = "moveUpCandidate";
  public static final String MOVE_UP_REASONS = "moveUpReasons";
  /** The place's form fields, emptied whenever a new society stands for the place. */
  public static final List<String> MOVE_UP_FIELDS = List.of(MOVE_UP_DECISION, MOVE_UP_CANDIDATE, MOVE_UP_REASONS);

  /** The ids of the process's elements that Java names: user tasks, timers. */
  public static final class Elements {

    public static final String FORM_COMMITTEE = "FormCommittee";
    public static final String BREAK_TIE = "BreakTie";
    public static final String CONFIRM_PROPOSED_LIST = "ConfirmProposedList";
    public static final String DECIDE_MOVE_UP = "DecideMoveUp";

    private Elements() {}
  }

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

  /** The places a boundary tie leaves to share; set when the ranking found a tie. */
  public static int tiePlacesLeft(VariableScope scope) {
    return ((Number) scope.getVariable(TIE_PLACES_LEFT)).intValue();
  }

  /** The composite score the boundary tie shares; set when the ranking found a tie. */
  public static BigDecimal tieComposite(VariableScope scope) {
    return new BigDecimal((String) scope.getVariable(TIE_COMPOSITE));
  }

  /** The notice place's number; the place must hold it. */
  public static int noticePlace(VariableScope place) {
    return Integer.parseInt((String) place.getVariable(NOTICE_PLACE));
  }

  /** The id of the notice entry standing for the place; the place must hold it. */
  public static long placeEntryId(VariableScope place) {
    return ((Number) place.getVariable(PLACE_ENTRY_ID)).longValue();
  }
}
