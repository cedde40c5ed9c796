package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-REV-1: refuses an incomplete formal-review decision; the task stays open as it was. Listens
 * on the task's outgoing flow, where (unlike a task listener) its Chinese message reaches the user
 * unwrapped.
 */
@Component("checkFormalReviewDecision")
class CheckFormalReviewDecision implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    InputRefusedException.refuseIfAny(FormalReviewDecision.read(FormValues.of(execution)).problems());
  }
}
