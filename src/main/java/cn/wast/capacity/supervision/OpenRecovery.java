package cn.wast.capacity.supervision;

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
    execution.setVariables(form.variables(((Number) execution.getVariable(RecoveryProcess.RECOVERY_ID)).longValue()));
    execution.setVariable(RecoveryProcess.STANDING, "open");
    execution.setVariable("recoveryReminderEvery", supervision.recoveryReminderEvery().toString());
  }
}
