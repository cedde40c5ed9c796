package cn.wast.capacity.review;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.experts.Experts;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Puts the expert now holding a review seat into the seat's variables: who is assigned the
 * scoring task, its deadline and reminder time, and an empty scoring form.
 */
@Component
class SeatHolder {

  private final ReviewAssignments assignments;
  private final Experts experts;
  private final ReviewProperties review;
  private final ProgrammeClock clock;

  SeatHolder(ReviewAssignments assignments, Experts experts, ReviewProperties review, ProgrammeClock clock) {
    this.assignments = assignments;
    this.experts = experts;
    this.review = review;
    this.clock = clock;
  }

  /**
   * The seat's current assignment, from the database. The application is the review's business
   * key and the seat its multi-instance element, both set by the engine, never by a form.
   */
  ReviewAssignment current(DelegateExecution seat) {
    String key = seat.getProcessBusinessKey();
    int number = ReviewVariables.seatNumber(seat);
    return assignments.holding(key, number).orElseThrow();
  }

  void show(DelegateExecution seat, ReviewAssignment assignment) {
    Expert expert = experts.find(assignment.expertId()).orElseThrow();
    Instant dueAt = assignment.dueAt();
    seat.setVariableLocal(ReviewVariables.SEAT_ASSIGNMENT_ID, assignment.id());
    seat.setVariableLocal(ReviewVariables.SEAT_EXPERT, expert.userId());
    seat.setVariableLocal(ReviewVariables.SEAT_EXPERT_NAME, expert.name());
    seat.setVariableLocal(ReviewVariables.SEAT_DUE_AT, Date.from(dueAt));
    seat.setVariableLocal(ReviewVariables.SEAT_REMINDER_AT, clock.reminderAt(dueAt, review.scoringReminderBefore()));
    seat.setVariableLocal(ReviewVariables.SEAT_DUE_TEXT, clock.deadline(dueAt));
    for (String field : ReviewVariables.SCORE_FIELDS) {
      seat.setVariableLocal(field, null);
    }
    seat.setVariableLocal(ReviewVariables.CONFLICT_DECLARED, false);
    for (String field : ReviewVariables.OFFICE_FIELDS) {
      seat.setVariableLocal(field, null);
    }
  }
}
