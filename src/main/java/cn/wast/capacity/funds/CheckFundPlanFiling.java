package cn.wast.capacity.funds;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-IMP-1, R-FUND-1: refuses a filing decision without a conclusion, a return without comments, a
 * flagged line left undecided, and the filing of a plan with a line the office does not accept.
 */
@Component("checkFundPlanFiling")
class CheckFundPlanFiling implements ExecutionListener {

  private final FlaggedLines flaggedLines;

  CheckFundPlanFiling(FlaggedLines flaggedLines) {
    this.flaggedLines = flaggedLines;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormValues values = FormValues.of(execution);
    FundPlanFiling filing = FundPlanFiling.read(values);
    List<String> problems = new ArrayList<>(filing.problems());
    problems.addAll(FlagDecisions.read(values,
            flaggedLines.ofPlan(ImplementationVariables.planId(execution)))
        .problems(filing.filed(), "审核结论", "不能备案，请选择退回修改"));
    InputRefusedException.refuseIfAny(problems);
  }
}
