package cn.wast.capacity.ranking;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.review.ReviewResults;
import cn.wast.capacity.round.RoundVariables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-EVAL-1: refuses a tie decision that does not fill exactly the places left from the tied applications. */
@Component("checkTieDecision")
class CheckTieDecision implements ExecutionListener {

  private final ReviewResults results;

  CheckTieDecision(ReviewResults results) {
    this.results = results;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    int placesLeft = RoundVariables.tiePlacesLeft(execution);
    BigDecimal composite = RoundVariables.tieComposite(execution);
    InputRefusedException.refuseIfAny(TieDecision.read(FormValues.of(execution))
        .problems(results.sharing(year, composite), placesLeft));
  }
}
