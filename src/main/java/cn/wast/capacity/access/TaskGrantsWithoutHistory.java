package cn.wast.capacity.access;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * R-REV-2, R-EVAL-1: the grants Camunda gives a task's assignee and candidates, without the
 * grant on the task's history. With historic instance permissions on (which lets a society read
 * its own application's history), Camunda's default grant of READ_VARIABLE on a historic task
 * opens every historic variable of the task's whole process instance: an expert scoring one
 * seat of the round could read every other expert's scores. Work on a task needs only the
 * runtime grants, which stay as Camunda makes them.
 */
@Component
class TaskGrantsWithoutHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static final class Provider extends DefaultAuthorizationProvider {
    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String userId, String groupId) {
      return Arrays.stream(super.createOrUpdateAuthorizations(task, userId, groupId))
          .filter(grant -> grant != null && grant.getResourceType() != Resources.HISTORIC_TASK.resourceType())
          .toArray(AuthorizationEntity[]::new);
    }
  }
}
