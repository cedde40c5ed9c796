package cn.wast.capacity.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-SUP-2: tells the person who objected the finding, when they gave an email address. */
@Component("notifyObjectorService")
class NotifyObjectorService implements JavaDelegate {

  private final Objections objections;
  private final ObjectionLetters letters;

  NotifyObjectorService(Objections objections, ObjectionLetters letters) {
    this.objections = objections;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ObjectionVariables.objectionId(execution);
    letters.decided(objections.find(id).orElseThrow(), (String) execution.getVariable(ObjectionVariables.SOCIETY_NAME),
        execution.getProcessInstanceId());
  }
}
