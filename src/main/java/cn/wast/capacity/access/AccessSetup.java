package cn.wast.capacity.access;

import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings groups and authorizations to what {@link AccessPolicy} says, at every start and
 * idempotently: one group per registered society, then the demo users if the demo profile is
 * on. Tasklist's filters are {@code tasks.TaskFilters}.
 */
@Component
public class AccessSetup {

  private static final Map<String, String> PROGRAMME_GROUPS = new LinkedHashMap<>();

  static {
    PROGRAMME_GROUPS.put(Groups.OFFICE, "专项办公室");
    PROGRAMME_GROUPS.put(Groups.EXPERTS, "评审专家");
    PROGRAMME_GROUPS.put(Groups.AUDITORS, "审计");
    PROGRAMME_GROUPS.put(Groups.SOCIETIES, "学会");
    PROGRAMME_GROUPS.put(Groups.ADMIN, "系统管理员");
  }

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final SocietyRegistry societies;
  private final ObjectProvider<DemoUsers> demoUsers;

  AccessSetup(
      IdentityService identityService,
      AuthorizationService authorizationService,
      SocietyRegistry societies,
      ObjectProvider<DemoUsers> demoUsers) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.societies = societies;
    this.demoUsers = demoUsers;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void apply() {
    PROGRAMME_GROUPS.forEach((id, name) -> ensureGroup(id, name, id.equals(Groups.ADMIN) ? "SYSTEM" : "WORKFLOW"));
    for (Society society : societies.findAll()) {
      ensureGroup(Groups.ofSociety(society.code()), society.name(), "SOCIETY");
    }
    for (AccessPolicy.Grant grant : AccessPolicy.grants()) {
      grant(grant.groupId(), grant.resource(), grant.resourceId(),
          grant.permissions().toArray(Permission[]::new));
    }
    demoUsers.ifAvailable(DemoUsers::create);
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void grant(
      String groupId,
      org.camunda.bpm.engine.authorization.Resource resource,
      String resourceId,
      Permission... permissions) {
    Optional<Authorization> existing =
        authorizationService.createAuthorizationQuery()
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .list()
            .stream()
            .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
            .findFirst();
    // Held already (every start but the first): not written again, so that two nodes starting
    // together do not both update the same grant.
    if (existing.isPresent() && Arrays.stream(permissions).allMatch(existing.get()::isPermissionGranted)) {
      return;
    }
    Authorization authorization = existing.orElseGet(() -> newGrant(groupId, resource, resourceId));
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private Authorization newGrant(
      String groupId, org.camunda.bpm.engine.authorization.Resource resource, String resourceId) {
    Authorization authorization =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }
}
