package cn.wast.capacity.publicity;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.review.ReviewResult;
import cn.wast.capacity.round.RoundVariables;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-REV-3: refuses a move-up decision without reasons or with a society that may not move up. */
@Component("checkMoveUpDecision")
class CheckMoveUpDecision implements ExecutionListener {

  private final MoveUpCandidates candidates;

  CheckMoveUpDecision(MoveUpCandidates candidates) {
    this.candidates = candidates;
  }

  @Override
  public void notify(DelegateExecution place) {
    int year = RoundVariables.roundYear(place);
    InputRefusedException.refuseIfAny(MoveUpDecision.read(FormValues.of(place)).problems(
        candidates.next(year).stream().map(ReviewResult::applicationKey).collect(Collectors.toSet())));
  }
}
