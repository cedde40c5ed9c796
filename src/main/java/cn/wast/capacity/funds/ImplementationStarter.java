package cn.wast.capacity.funds;

import cn.wast.capacity.award.Implementations;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** R-FUND-1: starts an awarded application's implementation process (专项实施). */
@Component
class ImplementationStarter implements Implementations {

  private final RuntimeService runtimeService;

  ImplementationStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void start(String applicationKey) {
    runtimeService.startProcessInstanceByKey(ImplementationVariables.PROCESS,
        Implementation.businessKeyOf(applicationKey), Map.of(ImplementationVariables.APPLICATION_KEY, applicationKey));
  }
}
