package cn.wast.capacity.review;

/**
 * The variables of one review seat in an application's review process (one multi-instance of
 * 专家评审): which application, which seat, the expert holding it, the deadline, and the fields of
 * the two forms worked on the seat. All are local to the seat, so that no expert's task sees
 * another seat's scores.
 */
final class ReviewSeat {

  static final String APPLICATION_KEY = "seatApplicationKey";
  /** The seat's number on its application: the multi-instance's element. */
  static final String NUMBER = "seatNumber";
  static final String SOCIETY_NAME = "seatSocietyName";
  static final String ASSIGNMENT_ID = "seatAssignmentId";
  static final String EXPERT = "seatExpert";
  static final String EXPERT_NAME = "seatExpertName";
  static final String DUE_AT = "seatDueAt";
  static final String REMINDER_AT = "seatReminderAt";
  static final String DUE_TEXT = "seatDueText";
  static final String SCORE_GUIDE = "scoreGuide";
  static final String WITHDRAWN = "seatWithdrawn";
  static final String MISSING_SCORE_CAUSE = "missingScoreCause";
  static final String MISSING_SCORE_TEXT = "missingScoreText";
  static final String REPLACEMENT_OPTIONS = "replacementOptions";
  static final String REPLACEMENT_FOUND = "replacementFound";

  /** The form fields worked on the seat, emptied whenever a new expert or decision is due. */
  static final String[] SCORE_FIELDS = {"scoreC1", "scoreC2", "scoreC3", "scoreC4", "scoreComment", "conflictReason"};
  static final String[] OFFICE_FIELDS = {"missingScoreDecision", "newDueDate", "replacementExpert", "missingScoreNote"};

  private ReviewSeat() {}
}
