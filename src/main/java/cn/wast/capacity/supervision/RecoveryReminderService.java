package cn.wast.capacity.supervision;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-SUP-1: reminds the society, every configured period, of the balance it has still to return. */
@Component("recoveryReminderService")
class RecoveryReminderService implements JavaDelegate {

  private final FundRecoveries recoveries;
  private final Applications applications;
  private final ApplicationLetters letters;

  RecoveryReminderService(FundRecoveries recoveries, Applications applications, ApplicationLetters letters) {
    this.recoveries = recoveries;
    this.applications = applications;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = RecoveryVariables.recoveryId(execution);
    FundRecoveries.Recovery recovery = recoveries.get(id);
    // One reminder per firing of the cycle: the step is the recovery and the reminder's number.
    int sent = RecoveryVariables.remindersSent(execution);
    RecoveryVariables.setRemindersSent(execution, sent + 1);
    letters.send(applications.find(recovery.applicationKey()).orElseThrow(), execution.getProcessInstanceId(),
        MailType.RECOVERY_REMINDER, id + "-" + (sent + 1), Map.of(
            "reason", recovery.reason(),
            "amountDue", Numbers.yuan(recovery.amountDue()),
            "repaid", Numbers.yuan(recovery.repaid()),
            "balance", Numbers.yuan(recovery.balance())));
  }
}
