package cn.wast.capacity.supervision;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1: starts the disqualification of an application's society from another process (an
 * upheld objection for fraud, a finding at a check), unless one is already running for it.
 */
@Component
public class DisqualificationStarter {

  private final RuntimeService runtimeService;

  DisqualificationStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public void start(String applicationKey, String grounds, String source) {
    if (isRunning(applicationKey)) {
      return;
    }
    String businessKey = Disqualification.businessKeyOf(applicationKey);
    runtimeService.startProcessInstanceByKey(Disqualification.PROCESS, businessKey, Map.of(
        Disqualification.APPLICATION_KEY, applicationKey,
        Disqualification.GROUNDS, grounds,
        Disqualification.SOURCE, source));
  }

  /** Whether a disqualification of the application's society is already under way. */
  public boolean isRunning(String applicationKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(Disqualification.PROCESS)
        .processInstanceBusinessKey(Disqualification.businessKeyOf(applicationKey)).count() > 0;
  }
}
