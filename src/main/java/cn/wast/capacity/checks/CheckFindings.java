package cn.wast.capacity.checks;

import cn.wast.capacity.application.Disqualifications;
import org.springframework.stereotype.Component;

/** R-SUP-1: signs of fraud the office concluded at a check start (or join) the society's disqualification. */
@Component
class CheckFindings {

  private final Disqualifications disqualifications;

  CheckFindings(Disqualifications disqualifications) {
    this.disqualifications = disqualifications;
  }

  void act(CheckFinding finding, String applicationKey, CheckKind kind) {
    if (finding.fraudSuspected()) {
      disqualifications.start(applicationKey, finding.grounds().orElseThrow(), kind.label() + "中发现的线索");
    }
  }
}
