package cn.wast.capacity.form;

import cn.wast.capacity.EngineCommandGates;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the submission gates around every command the engine runs: {@link SimultaneousSubmissionGate}
 * before its transaction, {@link SubmissionGuard} inside it; and fills the start forms users open
 * ({@link PrefilledStartForms}).
 */
@Component
class SubmissionGuardPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<StartFormPrefill> prefills;

  SubmissionGuardPlugin(ObjectProvider<StartFormPrefill> prefills) {
    this.prefills = prefills;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineCommandGates.addBeforeTransaction(configuration, new SimultaneousSubmissionGate(configuration));
    EngineCommandGates.addInsideTransaction(configuration, new SubmissionGuard(configuration));
    EngineCommandGates.addInsideTransaction(configuration, new PrefilledStartForms(configuration, prefills));
  }
}
