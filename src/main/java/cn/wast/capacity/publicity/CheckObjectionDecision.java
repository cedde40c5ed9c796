package cn.wast.capacity.publicity;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-SUP-2: refuses an objection finding without a conclusion or reasons; the task stays open. */
@Component("checkObjectionDecision")
class CheckObjectionDecision implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    InputRefusedException.refuseIfAny(ObjectionDecision.read(FormValues.of(execution)).problems());
  }
}
