package cn.wast.capacity.ranking;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.review.ReviewResults;
import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-EVAL-1: the office's choice among the tied applications joins the proposed list, with its reasons. */
@Component("recordTieDecisionService")
class RecordTieDecisionService implements JavaDelegate {

  private final ReviewResults results;

  RecordTieDecisionService(ReviewResults results) {
    this.results = results;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    TieDecision decision = TieDecision.read(FormValues.of(execution));
    String note = "名额边界并列，由专项办公室（" + ActingUser.of(execution) + "）确定入选："
        + decision.reasons().orElseThrow();
    results.noteTie(results.sharing(year, RoundVariables.tieComposite(execution)), note);
    results.propose(decision.chosen(), note);
  }
}
