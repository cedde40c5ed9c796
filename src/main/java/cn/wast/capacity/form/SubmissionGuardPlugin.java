package cn.wast.capacity.form;

import cn.wast.capacity.EngineCommandGates;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the submission gates around every command the engine runs: {@link SimultaneousSubmissionGate}
 * before its transaction, {@link SubmissionGuard} inside it.
 */
@Component
class SubmissionGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineCommandGates.addBeforeTransaction(configuration, new SimultaneousSubmissionGate(configuration));
    EngineCommandGates.addInsideTransaction(configuration, new SubmissionGuard(configuration));
  }
}
