package cn.wast.capacity.supervision;

import cn.wast.capacity.SupervisionProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-SUP-1: readies a recovery's process: what the office's task and the reminders show. */
@Component("openRecovery")
class OpenRecovery implements ExecutionListener {

  private final RecoveryForm form;
  private final SupervisionProperties supervision;

  OpenRecovery(RecoveryForm form, SupervisionProperties supervision) {
    this.form = form;
    this.supervision = supervision;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(form.variables(RecoveryVariables.recoveryId(execution)));
    execution.setVariable(RecoveryVariables.STANDING, "open");
    execution.setVariable(RecoveryVariables.RECOVERY_REMINDER_EVERY, supervision.recoveryReminderEvery().toString());
  }
}
