package cn.wast.capacity.review;

/**
 * The process 申报专家评审 ({@code review.bpmn}): the expert review of one accepted application,
 * called by the round once per application, with the application's review seats inside it.
 * Each application's seats are executions of its own instance, so that a score loads and locks
 * one application's review, not the whole round's.
 */
public final class ApplicationReview {

  public static final String PROCESS = "review";
  /** The round's variable: the accepted applications' keys, one review each. */
  static final String APPLICATIONS = "reviewedApplications";
  /** The application under review (its key is also the review's business key). */
  static final String APPLICATION = "reviewedApplication";
  /** The numbers of the review's seats, 1 and on, one 专家评审 each. */
  static final String SEATS = "reviewSeats";

  private ApplicationReview() {}
}
