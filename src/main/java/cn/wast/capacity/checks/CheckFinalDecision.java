package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.funds.FlagDecisions;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.funds.ImplementationVariables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-CHK-2, R-DYN-1, R-FUND-1: refuses an incomplete verdict, a flagged line left undecided, and a
 * pass with a line the office does not accept; the task stays open.
 */
@Component("checkFinalDecision")
class CheckFinalDecision implements ExecutionListener {

  private final FlaggedLines flaggedLines;

  CheckFinalDecision(FlaggedLines flaggedLines) {
    this.flaggedLines = flaggedLines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormValues values = FormValues.of(execution);
    FinalDecision decision = FinalDecision.read(values);
    List<String> problems = new ArrayList<>(decision
        .problems(ImplementationVariables.awardAmount(execution)));
    problems.addAll(FlagDecisions.read(values,
            flaggedLines.ofCheck(ImplementationVariables.checkId(execution)))
        .problems(decision.passed(), "验收结论", "验收结论须为不通过"));
    InputRefusedException.refuseIfAny(problems);
  }
}
