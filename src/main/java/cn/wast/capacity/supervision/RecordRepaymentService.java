package cn.wast.capacity.supervision;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-SUP-1: the funds are back: the repayment is recorded and the reminders stop. */
@Component("recordRepaymentService")
class RecordRepaymentService implements JavaDelegate {

  private final FundRecoveries recoveries;
  private final ProgrammeClock clock;

  RecordRepaymentService(FundRecoveries recoveries, ProgrammeClock clock) {
    this.recoveries = recoveries;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Repayment repayment = Repayment.read(FormValues.of(execution));
    recoveries.repaid((String) execution.getVariable(Disqualification.APPLICATION_KEY),
        repayment.amount().orElseThrow(), repayment.repaidOn().orElseThrow(), repayment.voucher().orElseThrow(),
        ActingUser.of(execution), clock.now());
  }
}
