package cn.wast.capacity.eligibility;

import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.rules.RuleClauses;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-ELIG-1..5, R-EXCL-1..4: tells the society its application is not accepted, why, and on which
 * clauses of the plan (R-EXCL-4 rests on 五（二）, the others on 三).
 */
@Component("refuseApplicationService")
class RefuseApplicationService implements JavaDelegate {

  private final ApplicationLetters letters;

  RefuseApplicationService(ApplicationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(execution, execution.getProcessInstanceId(), MailType.APPLICATION_NOT_ACCEPTED,
        "eligibility", Map.of(
            "clauses", RuleClauses.basis(List.of(((String) execution.getVariable(ApplicationVariables.FAILED_RULES))
                .split(","))),
            "reasons", (String) execution.getVariable(ApplicationVariables.ELIGIBILITY_REASONS)));
  }
}
