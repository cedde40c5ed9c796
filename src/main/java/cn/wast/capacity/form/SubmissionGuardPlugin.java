package cn.wast.capacity.form;

import cn.wast.capacity.EngineCommandGates;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link SubmissionGuard} around every command the engine runs, inside its transaction. */
@Component
class SubmissionGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineCommandGates.addInsideTransaction(configuration, new SubmissionGuard(configuration));
  }
}
