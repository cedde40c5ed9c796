package cn.wast.capacity.funds;

import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-IMP-1: asks the awarded society for its fund-management plan by the deadline. */
@Component("requestFundPlanService")
class RequestFundPlanService implements JavaDelegate {

  private final ImplementationLetters letters;

  RequestFundPlanService(ImplementationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(execution, MailType.FUND_PLAN_REQUESTED, "1", Map.of(
        "amount", (String) execution.getVariable(ImplementationVariables.AWARD_AMOUNT_TEXT),
        "deadline", (String) execution.getVariable(ImplementationVariables.PLAN_DUE_TEXT)));
  }
}
