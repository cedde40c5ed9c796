package cn.wast.capacity.access;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine calls on behalf of the programme, not of the user whose step this is: inside a
 * step (a delegate, a listener) the engine would check the acting user's authorizations, which
 * a society or an expert does not have for what the programme itself must read or grant.
 */
public final class WithoutAuthorization {

  private WithoutAuthorization() {}

  public static <T> T call(Supplier<T> action) {
    CommandContext context = Context.getCommandContext();
    return context == null ? action.get() : context.runWithoutAuthorization(action::get);
  }

  public static void run(Runnable action) {
    call(() -> {
      action.run();
      return null;
    });
  }
}
