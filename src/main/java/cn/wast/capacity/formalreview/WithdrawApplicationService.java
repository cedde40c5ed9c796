package cn.wast.capacity.formalreview;

import static cn.wast.capacity.application.ApplicationVariables.APPLICATION_KEY;
import static cn.wast.capacity.application.ApplicationVariables.CORRECTION_COUNT;

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

/** R-REV-1: the correction deadline passed without a correction; the application is withdrawn. */
@Component("withdrawApplicationService")
class WithdrawApplicationService implements JavaDelegate {

  private final Applications applications;
  private final ApplicationLetters letters;
  private final ProgrammeClock clock;

  WithdrawApplicationService(Applications applications, ApplicationLetters letters, ProgrammeClock clock) {
    this.applications = applications;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String deadline = (String) execution.getVariable(ApplicationVariables.CORRECTION_DEADLINE_TEXT);
    applications.decide((String) execution.getVariable(APPLICATION_KEY), ApplicationStatus.WITHDRAWN,
        "补正期限（" + deadline + "）届满未提交补正材料", clock.now());
    letters.send(execution, execution.getProcessInstanceId(), MailType.APPLICATION_WITHDRAWN,
        "correction-" + execution.getVariable(CORRECTION_COUNT), Map.of("deadline", deadline));
  }
}
