package cn.wast.capacity.checks;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-CHK-2: opens the final acceptance. */
@Component("openFinalAcceptanceService")
class OpenFinalAcceptanceService implements JavaDelegate {

  private final CheckOpening opening;

  OpenFinalAcceptanceService(CheckOpening opening) {
    this.opening = opening;
  }

  @Override
  public void execute(DelegateExecution execution) {
    opening.open(execution, CheckKind.FINAL);
  }
}
