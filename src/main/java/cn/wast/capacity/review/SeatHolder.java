package cn.wast.capacity.review;

import cn.wast.capacity.ProgrammeClock;
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
    int number = ((Number) seat.getVariable(ReviewSeat.NUMBER)).intValue();
    return assignments.holding(key, number).orElseThrow();
  }

  void show(DelegateExecution seat, ReviewAssignment assignment) {
    Expert expert = experts.find(assignment.expertId()).orElseThrow();
    Instant dueAt = assignment.dueAt();
    seat.setVariableLocal(ReviewSeat.ASSIGNMENT_ID, assignment.id());
    seat.setVariableLocal(ReviewSeat.EXPERT, expert.userId());
    seat.setVariableLocal(ReviewSeat.EXPERT_NAME, expert.name());
    seat.setVariableLocal(ReviewSeat.DUE_AT, Date.from(dueAt));
    seat.setVariableLocal(ReviewSeat.REMINDER_AT, clock.reminderAt(dueAt, review.scoringReminderBefore()));
    seat.setVariableLocal(ReviewSeat.DUE_TEXT, clock.deadline(dueAt));
    for (String field : ReviewSeat.SCORE_FIELDS) {
      seat.setVariableLocal(field, null);
    }
    seat.setVariableLocal("conflictDeclared", false);
    for (String field : ReviewSeat.OFFICE_FIELDS) {
      seat.setVariableLocal(field, null);
    }
  }
}
