package cn.wast.capacity.form;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A signed-in user's own command, run before its transaction begins, through {@link
 * SimultaneousSubmissions}. A caller that holds a transaction of its own (the draft page) runs
 * that transaction through it instead, since a failed statement spoils the whole transaction.
 */
final class SimultaneousSubmissionGate extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl engine;

  SimultaneousSubmissionGate(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    if (Context.getCommandContext() != null || user == null || user.getUserId() == null
        || TransactionSynchronizationManager.isActualTransactionActive()) {
      return next.execute(command);
    }
    return SimultaneousSubmissions.once(() -> next.execute(command));
  }
}
