package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-EVAL-1: refuses a scoring form with a missing or out-of-range score, an end-of-range score
 * without a comment, or a conflict declared without its reason; the task stays open as it was.
 */
@Component("checkScoreSheet")
class CheckScoreSheet implements ExecutionListener {

  private final ReviewProperties review;

  CheckScoreSheet(ReviewProperties review) {
    this.review = review;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormValues values = FormValues.of(execution);
    InputRefusedException.refuseIfAny(ScoreSheet.read(values).problems(review.scale(), values));
  }
}
