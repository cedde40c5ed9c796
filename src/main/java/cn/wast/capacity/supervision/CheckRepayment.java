package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-SUP-1: refuses a repayment record that is incomplete or not the full amount due. */
@Component("checkRepayment")
class CheckRepayment implements ExecutionListener {

  private final FundRecoveries recoveries;
  private final ProgrammeClock clock;

  CheckRepayment(FundRecoveries recoveries, ProgrammeClock clock) {
    this.recoveries = recoveries;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String applicationKey = (String) execution.getVariable(Disqualification.APPLICATION_KEY);
    FundRecoveries.Recovery recovery = recoveries.find(applicationKey).orElseThrow();
    LocalDate decidedOn = LocalDate.parse((String) execution.getVariable("decidedOn"));
    InputRefusedException.refuseIfAny(Repayment.read(FormValues.of(execution))
        .problems(recovery.amountDue(), decidedOn, clock.today()));
  }
}
