package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.funds.FlagDecisions;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.funds.ImplementationVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1, R-FUND-1, R-SUP-1: refuses a conclusion without its corrections, their date, a fail's
 * reasons or a fraud finding's grounds, a flagged line left undecided, and a plain pass with a line
 * the office does not accept; the task stays open.
 */
@Component("checkMidTermDecision")
class CheckMidTermDecision implements ExecutionListener {

  private final ProgrammeClock clock;
  private final FlaggedLines flaggedLines;

  CheckMidTermDecision(ProgrammeClock clock, FlaggedLines flaggedLines) {
    this.clock = clock;
    this.flaggedLines = flaggedLines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormValues values = FormValues.of(execution);
    MidTermDecision decision = MidTermDecision.read(values);
    List<String> problems = new ArrayList<>(decision.problems(clock.today()));
    problems.addAll(FlagDecisions.read(values,
            flaggedLines.ofCheck(ImplementationVariables.checkId(execution)))
        .problems(decision.decision().filter(MidTermDecision.PASSED::equals).isPresent(), "检查结论",
            "检查结论须为“通过，但需限期整改”"));
    InputRefusedException.refuseIfAny(problems);
  }
}
