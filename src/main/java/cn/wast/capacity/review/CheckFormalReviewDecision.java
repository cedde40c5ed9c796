package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** R-REV-1: refuses an incomplete formal-review decision; the task stays open as it was. */
@Component("checkFormalReviewDecision")
class CheckFormalReviewDecision implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    InputRefusedException.refuseIfAny(FormalReviewDecision.read(FormValues.of(task)).problems());
  }
}
