package cn.wast.capacity.formalreview;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import java.util.ArrayList;
import java.util.List;
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

  private final CorrectionDeadline correctionDeadline;

  CheckFormalReviewDecision(CorrectionDeadline correctionDeadline) {
    this.correctionDeadline = correctionDeadline;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormalReviewDecision decision = FormalReviewDecision.read(FormValues.of(execution));
    List<String> problems = new ArrayList<>(decision.problems());
    if (decision.outcome().filter(FormalReviewDecision.CORRECTION::equals).isPresent()) {
      correctionDeadline.refusal(execution).ifPresent(problems::add);
    }
    InputRefusedException.refuseIfAny(problems);
  }
}
