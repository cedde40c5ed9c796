package cn.wast.capacity.supervision;

import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-SUP-1: reminds the society, every configured period, of the funds it has still to return. */
@Component("recoveryReminderService")
class RecoveryReminderService implements JavaDelegate {

  private final Applications applications;
  private final ApplicationLetters letters;

  RecoveryReminderService(Applications applications, ApplicationLetters letters) {
    this.applications = applications;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = (String) execution.getVariable(Disqualification.APPLICATION_KEY);
    // One reminder per firing of the cycle: the step is the reminder's number.
    int sent = execution.getVariable("recoveryRemindersSent") == null
        ? 0 : ((Number) execution.getVariable("recoveryRemindersSent")).intValue();
    execution.setVariable("recoveryRemindersSent", sent + 1);
    letters.send(applications.find(applicationKey).orElseThrow(), execution.getProcessInstanceId(),
        MailType.RECOVERY_REMINDER, String.valueOf(sent + 1),
        Map.of("amount", (String) execution.getVariable("recoveryAmountText")));
  }
}
