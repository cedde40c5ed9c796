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
    long id = ((Number) execution.getVariable(RecoveryProcess.RECOVERY_ID)).longValue();
    Repayment repayment = Repayment.read(FormValues.of(execution));
    recoveries.recordInstalment(id, repayment.amount().orElseThrow(), repayment.repaidOn().orElseThrow(),
        repayment.voucher().orElseThrow(), ActingUser.of(execution), clock.now());
    // The next instalment is typed on an empty form; this one stays in the history and the table.
    execution.removeVariables(java.util.List.of("repaidOn", "repaidAmount", "repaymentVoucher"));
    FundRecoveries.Recovery recovery = recoveries.get(id);
    Map<String, Object> shown = form.variables(id);
    execution.setVariables(shown);
    if (recovery.balance().signum() > 0) {
      execution.setVariable(RecoveryProcess.STANDING, "open");
      return;
    }
    recoveries.settle(id, clock.now());
    execution.setVariable(RecoveryProcess.STANDING, recovery.overpaid() ? "overpaid" : "settled");
    if (recovery.overpaid()) {
      letters.send(applications.find(recovery.applicationKey()).orElseThrow(), execution.getProcessInstanceId(),
          MailType.RECOVERY_OVERPAID, String.valueOf(id), Map.of(
              "reason", recovery.reason(),
              "amountDue", (String) shown.get("recoveryAmountText"),
              "repaid", (String) shown.get("recoveryRepaidText"),
              "overpaid", (String) shown.get("recoveryOverpaidText")));
    }
  }
}
