package cn.wast.capacity.supervision;

import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.application.Disqualifications;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1: starts the disqualification of an application's society from another process (an
 * upheld objection for fraud, a finding at a check). When one is already running for the
 * society, the start joins it with its grounds (see {@link OpenDisqualification}).
 */
@Component
public class DisqualificationStarter implements Disqualifications {

  private final RuntimeService runtimeService;
  private final Applications applications;

  DisqualificationStarter(RuntimeService runtimeService, Applications applications) {
    this.runtimeService = runtimeService;
    this.applications = applications;
  }

  public void start(String applicationKey, String grounds, String source) {
    if (applications.find(applicationKey).orElseThrow().status() == ApplicationStatus.DISQUALIFIED) {
      return;
    }
    runtimeService.startProcessInstanceByKey(DisqualificationVariables.PROCESS, Disqualification.businessKeyOf(applicationKey),
        Map.of(DisqualificationVariables.APPLICATION_KEY, applicationKey,
            DisqualificationVariables.GROUNDS, grounds,
            DisqualificationVariables.SOURCE, source));
  }
}
