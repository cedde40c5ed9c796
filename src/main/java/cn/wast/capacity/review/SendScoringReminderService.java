package cn.wast.capacity.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-REV-2: reminds the expert on the seat that their scoring deadline is near. */
@Component("sendScoringReminderService")
class SendScoringReminderService implements JavaDelegate {

  private final SeatHolder holder;
  private final SeatLetters letters;

  SendScoringReminderService(SeatHolder holder, SeatLetters letters) {
    this.holder = holder;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution seat) {
    ReviewAssignment assignment = holder.current(seat);
    if (assignment.status() == AssignmentStatus.ASSIGNED) {
      letters.reminder(seat, assignment);
    }
  }
}
