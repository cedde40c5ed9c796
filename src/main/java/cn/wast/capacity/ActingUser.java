package cn.wast.capacity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who took the step a delegate runs in: the user signed in to the engine, or "system" (a job). */
public final class ActingUser {

  private ActingUser() {}

  public static String of(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
  }
}
