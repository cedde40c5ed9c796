package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-SUP-1: refuses a finding without a conclusion or its facts; the task stays open. */
@Component("checkFraudFinding")
class CheckFraudFinding implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    InputRefusedException.refuseIfAny(FraudFinding.read(FormValues.of(execution)).problems());
  }
}
