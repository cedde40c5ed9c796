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

/** R-REV-1: the application passed formal review and is accepted; the society is told. */
@Component("acceptApplicationService")
class AcceptApplicationService implements JavaDelegate {

  private final Applications applications;
  private final ApplicationLetters letters;
  private final ProgrammeClock clock;

  AcceptApplicationService(Applications applications, ApplicationLetters letters, ProgrammeClock clock) {
    this.applications = applications;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(ApplicationVariables.APPLICATION_KEY);
    applications.decide(key, ApplicationStatus.ACCEPTED, null, clock.now());
    letters.send(execution, execution.getProcessInstanceId(), MailType.APPLICATION_ACCEPTED,
        "formal-review", Map.of());
  }
}
