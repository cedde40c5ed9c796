package cn.wast.capacity.login;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the throttled password check into the engine. The engine's own lock is off in
 * {@code application.yml} (see the comment at {@code loginMaxAttempts}).
 */
@Component
class LoginEnginePlugin extends AbstractProcessEnginePlugin {

  private final LoginAttempts attempts;

  LoginEnginePlugin(LoginAttempts attempts) {
    this.attempts = attempts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(attempts));
  }
}
