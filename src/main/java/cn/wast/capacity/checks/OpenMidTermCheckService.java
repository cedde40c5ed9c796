package cn.wast.capacity.checks;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-CHK-1: opens the mid-term check. */
@Component("openMidTermCheckService")
class OpenMidTermCheckService implements JavaDelegate {

  private final CheckOpening opening;

  OpenMidTermCheckService(CheckOpening opening) {
    this.opening = opening;
  }

  @Override
  public void execute(DelegateExecution execution) {
    opening.open(execution, CheckKind.MID_TERM);
  }
}
