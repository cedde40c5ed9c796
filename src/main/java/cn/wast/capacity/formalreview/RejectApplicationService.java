package cn.wast.capacity.formalreview;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-REV-1: the application failed formal review; the society is told the office's reason. */
@Component("rejectApplicationService")
class RejectApplicationService implements JavaDelegate {

  private final Applications applications;
  private final ApplicationLetters letters;
  private final ProgrammeClock clock;

  RejectApplicationService(Applications applications, ApplicationLetters letters, ProgrammeClock clock) {
    this.applications = applications;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(ApplicationVariables.APPLICATION_KEY);
    String reason = (String) execution.getVariable(ApplicationVariables.REJECTION_REASON);
    applications.decide(key, ApplicationStatus.REJECTED, reason, clock.now());
    letters.send(execution, execution.getProcessInstanceId(), MailType.APPLICATION_REJECTED,
        "formal-review", Map.of("reason", reason));
  }
}
