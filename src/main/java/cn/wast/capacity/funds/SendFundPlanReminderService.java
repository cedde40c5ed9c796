package cn.wast.capacity.funds;

import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-IMP-1: reminds the society that its plan (or its revision) is due soon. */
@Component("sendFundPlanReminderService")
class SendFundPlanReminderService implements JavaDelegate {

  private final ImplementationLetters letters;

  SendFundPlanReminderService(ImplementationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int next = ImplementationVariables.planVersion(execution) + 1;
    letters.send(execution, MailType.FUND_PLAN_REMINDER, "v" + next, Map.of(
        "deadline", (String) execution.getVariable(ImplementationVariables.PLAN_DUE_TEXT)));
  }
}
