package cn.wast.capacity.form;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Puts {@link SubmissionGuard} around every command the engine runs, inside its transaction. */
@Component
class SubmissionGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new SubmissionGuard(configuration));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
