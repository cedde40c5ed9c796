package cn.wast.capacity.checks;

import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.funds.ImplementationVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-CHK-1, R-CHK-2: reminds the society that the check's materials are due soon. */
@Component("sendReportReminderService")
class SendReportReminderService implements JavaDelegate {

  private final ImplementationLetters letters;
  private final CheckMaterials check;

  SendReportReminderService(ImplementationLetters letters, CheckMaterials check) {
    this.letters = letters;
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    letters.send(execution, check.current(execution).reminder(), "1",
        Map.of("deadline", (String) execution.getVariable(ImplementationVariables.REPORT_DUE_TEXT)));
  }
}
