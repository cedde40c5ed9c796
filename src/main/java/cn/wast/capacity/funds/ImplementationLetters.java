package cn.wast.capacity.funds;

import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The implementation's letters to the awarded society, through its application's letters. */
@Component
public class ImplementationLetters {

  private final ApplicationLetters letters;
  private final Applications applications;
  private final ProgrammeProperties programme;

  ImplementationLetters(ApplicationLetters letters, Applications applications, ProgrammeProperties programme) {
    this.letters = letters;
    this.applications = applications;
    this.programme = programme;
  }

  public void send(DelegateExecution execution, MailType type, String step, Map<String, String> details) {
    Application application = applications.find(ImplementationVariables.applicationKey(execution))
        .orElseThrow();
    Map<String, String> model = new HashMap<>(details);
    if (type.modelKeys().contains("tasklistUrl")) {
      model.put("tasklistUrl", programme.tasklistUrl());
    }
    letters.send(application, execution.getProcessInstanceId(), type, step, model);
  }
}
