package cn.wast.capacity.deadlines;

import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.mail.MailType;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Finding 6: reminds the society of the date set for corrections, or of a deadline the office urged or extended. */
@Component("sendDeadlineReminderService")
class SendDeadlineReminderService implements JavaDelegate {

  private final ImplementationLetters letters;

  SendDeadlineReminderService(ImplementationLetters letters) {
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Deadline deadline = Deadline.ofElement(execution.getCurrentActivityId());
    Date dueAt = (Date) execution.getVariable(deadline.dueAt());
    String details = deadline == Deadline.CORRECTIONS
        ? "整改要求：" + execution.getVariable(ImplementationVariables.CORRECTIONS_TEXT) + "\n\n完成后请将整改情况报专项办公室。"
        : "请登录任务列表，在相应任务中提交。";
    letters.send(execution, MailType.DEADLINE_REMINDER, deadline.name() + "@" + dueAt.getTime(), Map.of(
        "what", deadline.label(), "deadline", (String) execution.getVariable(deadline.dueText()), "details", details));
  }
}
