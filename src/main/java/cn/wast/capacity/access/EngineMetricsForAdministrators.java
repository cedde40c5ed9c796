package cn.wast.capacity.access;

import cn.wast.capacity.EngineCommandGates;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTelemetryDataCmd;
import org.camunda.bpm.engine.impl.cmd.GetUniqueTaskWorkerCountCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's own figures (activity counts, task workers, telemetry) are the whole
 * installation's, so only administrators read them, over the REST API and the webapps' API
 * alike; Camunda itself lets any signed-in user query them. The metrics reporter, which runs
 * without a user, still writes them.
 */
@Component
class EngineMetricsForAdministrators extends AbstractProcessEnginePlugin {

  static final String REFUSAL = "系统运行指标仅供系统管理员查看";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineCommandGates.addBeforeTransaction(configuration, new Gate(configuration));
  }

  private static final class Gate extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl engine;

    Gate(ProcessEngineConfigurationImpl engine) {
      this.engine = engine;
    }

    @Override
    public <T> T execute(Command<T> command) {
      Authentication user = engine.getIdentityService().getCurrentAuthentication();
      if (user != null && user.getUserId() != null && isMetrics(command)
          && !Groups.includeAdmin(user.getGroupIds())) {
        throw new AuthorizationException(REFUSAL);
      }
      return next.execute(command);
    }

    private static boolean isMetrics(Command<?> command) {
      return command instanceof MetricsQueryImpl || command instanceof GetUniqueTaskWorkerCountCmd
          || command instanceof GetTelemetryDataCmd
          || command.getClass().getName().startsWith(MetricsQueryImpl.class.getName() + "$");
    }
  }
}
