package cn.wast.capacity.funds;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-IMP-1, R-FUND-1, R-FUND-3: refuses a plan with any problem, each budget line's with its rule
 * id; the task stays open with what was typed, and nothing reaches the office.
 */
@Component("checkFundPlan")
class CheckFundPlan implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    InputRefusedException.refuseIfAny(FundPlanForm.read(FormValues.of(execution)).problems(
        ImplementationVariables.awardAmount(execution),
        ImplementationVariables.projectStart(execution),
        ImplementationVariables.projectEnd(execution)));
  }
}
