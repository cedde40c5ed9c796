package cn.wast.capacity.deadlines;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Finding 6: refuses an incomplete overdue decision, or a new date earlier than allowed; the task stays open. */
@Component("checkOverdueDecision")
class CheckOverdueDecision implements ExecutionListener {

  private final ProgrammeClock clock;

  CheckOverdueDecision(ProgrammeClock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Deadline deadline = Deadline.ofElement(execution.getCurrentTransitionId());
    LocalDate lastDay = LocalDate.ofInstant(((Date) execution.getVariable(deadline.dueAt())).toInstant().minusNanos(1),
        clock.zone());
    InputRefusedException.refuseIfAny(OverdueDecision.read(FormValues.of(execution)).problems(clock.today(), lastDay));
  }
}
