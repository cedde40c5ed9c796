package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-SUP-1: refuses an incomplete record of the refund of an overpayment; the task stays open. */
@Component("checkRefund")
class CheckRefund implements ExecutionListener {

  private final ProgrammeClock clock;

  CheckRefund(ProgrammeClock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    InputRefusedException.refuseIfAny(Refund.read(FormValues.of(execution)).problems(clock.today()));
  }
}
