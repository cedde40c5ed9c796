package cn.wast.capacity.supervision;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1: an instalment came in: it is recorded and the balance worked out again. At zero the
 * recovery is settled; below zero the overpayment is flagged for refund and the society told.
 */
@Component("recordRepaymentService")
class RecordRepaymentService implements JavaDelegate {

  private final FundRecoveries recoveries;
  private final RecoveryForm form;
  private final Applications applications;
  private final ApplicationLetters letters;
  private final ProgrammeClock clock;

  RecordRepaymentService(FundRecoveries recoveries, RecoveryForm form, Applications applications,
      ApplicationLetters letters, ProgrammeClock clock) {
    this.recoveries = recoveries;
    this.form = form;
    this.applications = applications;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = RecoveryVariables.recoveryId(execution);
    Repayment repayment = Repayment.read(FormValues.of(execution));
    recoveries.recordInstalment(id, repayment.amount().orElseThrow(), repayment.repaidOn().orElseThrow(),
        repayment.voucher().orElseThrow(), ActingUser.of(execution), clock.now());
    // The next instalment is typed on an empty form; this one stays in the history and the table.
    execution.removeVariables(java.util.List.of(RecoveryVariables.REPAID_ON, RecoveryVariables.REPAID_AMOUNT, RecoveryVariables.REPAYMENT_VOUCHER));
    FundRecoveries.Recovery recovery = recoveries.get(id);
    Map<String, Object> shown = form.variables(id);
    execution.setVariables(shown);
    if (recovery.balance().signum() > 0) {
      execution.setVariable(RecoveryVariables.STANDING, "open");
      return;
    }
    recoveries.settle(id, clock.now());
    execution.setVariable(RecoveryVariables.STANDING, recovery.overpaid() ? "overpaid" : "settled");
    if (recovery.overpaid()) {
      letters.send(applications.find(recovery.applicationKey()).orElseThrow(), execution.getProcessInstanceId(),
          MailType.RECOVERY_OVERPAID, String.valueOf(id), Map.of(
              "reason", recovery.reason(),
              "amountDue", (String) shown.get(RecoveryVariables.RECOVERY_AMOUNT_TEXT),
              "repaid", (String) shown.get(RecoveryVariables.RECOVERY_REPAID_TEXT),
              "overpaid", (String) shown.get(RecoveryVariables.RECOVERY_OVERPAID_TEXT)));
    }
  }
}
