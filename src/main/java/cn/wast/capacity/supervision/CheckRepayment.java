package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-SUP-1: refuses an instalment that is incomplete or dated outside the recovery; the task stays open. */
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
    FundRecoveries.Recovery recovery =
        recoveries.get(RecoveryVariables.recoveryId(execution));
    LocalDate openedOn = LocalDate.ofInstant(recovery.openedAt(), clock.zone());
    InputRefusedException.refuseIfAny(Repayment.read(FormValues.of(execution)).problems(openedOn, clock.today()));
  }
}
