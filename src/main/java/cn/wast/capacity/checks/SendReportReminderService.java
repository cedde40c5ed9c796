package cn.wast.capacity.checks;

import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-CHK-1: reminds the society that its mid-term materials are due soon. */
@Component("sendReportReminderService")
class SendReportReminderService implements JavaDelegate {

  private final ImplementationLetters letters;

  SendReportReminderService(ImplementationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(execution, MailType.MID_TERM_REMINDER, "1",
        Map.of("deadline", (String) execution.getVariable("reportDueText")));
  }
}
