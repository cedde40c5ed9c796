package cn.wast.capacity.access;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Lets a society's group read one process instance, running and in history. Called inside the
 * engine transaction that creates the instance, where the acting user (the society itself) may
 * not write authorizations, hence the grant runs without the authorization check.
 */
@Component
public class InstanceAccess {

  private final AuthorizationService authorizationService;

  InstanceAccess(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantSocietyReading(String societyCode, String processInstanceId) {
    String group = Groups.ofSociety(societyCode);
    WithoutAuthorization.run(() -> {
      save(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
      save(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
          HistoricProcessInstancePermissions.READ);
    });
  }

  private void save(String group, Resource resource, String resourceId, Permission permission) {
    Authorization authorization =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
