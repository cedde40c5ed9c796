package cn.wast.capacity.review;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.experts.Experts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** R-REV-2: the mails about one seat: a new expert on it, a new deadline, a reminder. */
@Component
class SeatLetters {

  private final ExpertLetters letters;
  private final Experts experts;
  private final ProgrammeClock clock;

  SeatLetters(ExpertLetters letters, Experts experts, ProgrammeClock clock) {
    this.letters = letters;
    this.experts = experts;
    this.clock = clock;
  }

  /** To the expert now on the seat: the application and its deadline (new or extended). */
  void assigned(DelegateExecution seat, ReviewAssignment assignment) {
    letters.assigned(experts.find(assignment.expertId()).orElseThrow(), assignment.roundYear(),
        "A" + assignment.id() + ":" + assignment.dueAt().getEpochSecond(),
        "- " + seat.getVariable(ReviewVariables.SEAT_SOCIETY_NAME) + "（申报编号 " + assignment.applicationKey() + "）",
        clock.deadline(assignment.dueAt()), seat.getProcessInstanceId());
  }

  void reminder(DelegateExecution seat, ReviewAssignment assignment) {
    letters.reminder(experts.find(assignment.expertId()).orElseThrow(), assignment.roundYear(),
        "A" + assignment.id() + ":" + assignment.dueAt().getEpochSecond(),
        (String) seat.getVariable(ReviewVariables.SEAT_SOCIETY_NAME), assignment.applicationKey(),
        clock.deadline(assignment.dueAt()), seat.getProcessInstanceId());
  }
}
