package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.funds.Implementation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-CHK-2, R-DYN-1: refuses an incomplete verdict; the task stays open. */
@Component("checkFinalDecision")
class CheckFinalDecision implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    FormValues values = FormValues.of(execution);
    List<String> problems = new ArrayList<>(FinalDecision.read(values)
        .problems(new BigDecimal((String) execution.getVariable(Implementation.AWARD_AMOUNT))));
    problems.addAll(CheckFinding.read(values).problems());
    InputRefusedException.refuseIfAny(problems);
  }
}
