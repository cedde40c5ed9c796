package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.supervision.DisqualificationStarter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** R-SUP-1: signs of fraud the office recorded at a check start the society's disqualification. */
@Component
class CheckFindings {

  private final DisqualificationStarter disqualifications;

  CheckFindings(DisqualificationStarter disqualifications) {
    this.disqualifications = disqualifications;
  }

  void act(DelegateExecution execution, String applicationKey, CheckKind kind) {
    CheckFinding finding = CheckFinding.read(FormValues.of(execution));
    if (finding.fraudSuspected()) {
      disqualifications.start(applicationKey, finding.grounds().orElseThrow(), kind.label() + "中发现的线索");
    }
  }
}
