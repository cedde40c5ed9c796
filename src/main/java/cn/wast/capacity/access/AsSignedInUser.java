package cn.wast.capacity.access;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls from one of our own pages as the signed-in user, with that user's groups,
 * so that the engine's authorizations decide what the page may read or do, exactly as they do
 * for the same user in Tasklist or over REST.
 */
@Component
public class AsSignedInUser {

  private final IdentityService identityService;

  AsSignedInUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(SignedInUser user, Supplier<T> action) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user.id(), user.groupIds());
    try {
      return action.get();
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }
}
