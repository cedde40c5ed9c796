package cn.wast.capacity.funds;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-IMP-1: refuses a filing decision without a conclusion, or a return without comments. */
@Component("checkFundPlanFiling")
class CheckFundPlanFiling implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    InputRefusedException.refuseIfAny(FundPlanFiling.read(FormValues.of(execution)).problems());
  }
}
