package cn.wast.capacity.formalreview;

import static cn.wast.capacity.application.ApplicationVariables.CORRECTION_COUNT;

import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-REV-1: reminds the society, before the deadline, that its correction is still due. */
@Component("sendCorrectionReminderService")
class SendCorrectionReminderService implements JavaDelegate {

  private final ApplicationLetters letters;
  private final ProgrammeProperties properties;

  SendCorrectionReminderService(ApplicationLetters letters, ProgrammeProperties properties) {
    this.letters = letters;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(execution, execution.getProcessInstanceId(), MailType.CORRECTION_REMINDER,
        "correction-" + execution.getVariable(CORRECTION_COUNT),
        Map.of("correctionRequest", (String) execution.getVariable(ApplicationVariables.CORRECTION_REQUEST),
            "deadline", (String) execution.getVariable(ApplicationVariables.CORRECTION_DEADLINE_TEXT),
            "tasklistUrl", properties.tasklistUrl()));
  }
}
