package cn.wast.capacity.access;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import java.util.ArrayList;
import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Who may do what, as Camunda authorizations. Societies see their own instances only through
 * the grants {@link InstanceAccess} adds per instance and the task grants Camunda gives a task's
 * candidate group; nothing here lets one society read another's work.
 */
final class AccessPolicy {

  static final String ROUND_PROCESS = cn.wast.capacity.round.RoundVariables.PROCESS;
  static final String APPLICATION_PROCESS = cn.wast.capacity.application.ApplicationVariables.PROCESS;
  static final String DISQUALIFICATION_PROCESS = cn.wast.capacity.supervision.DisqualificationVariables.PROCESS;
  static final String IMPLEMENTATION_PROCESS = cn.wast.capacity.funds.ImplementationVariables.PROCESS;
  static final String REVIEW_PROCESS = cn.wast.capacity.review.ReviewVariables.PROCESS;

  record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      this(groupId, resource, resourceId, List.of(permissions));
    }
  }

  private AccessPolicy() {}

  static List<Grant> grants() {
    List<Grant> grants = new ArrayList<>(programmeGrants());
    // The administrators may do everything, on every kind of resource.
    Arrays.stream(Resources.values())
        .map(resource -> new Grant(Groups.ADMIN, resource, "*", Permissions.ALL))
        .forEach(grants::add);
    return grants;
  }

  private static List<Grant> programmeGrants() {
    return List.of(
        // 专项办公室: starts rounds, reads and works every programme instance and task.
        new Grant(Groups.OFFICE, APPLICATION, "tasklist", ACCESS),
        new Grant(Groups.OFFICE, APPLICATION, "cockpit", ACCESS),
        new Grant(Groups.OFFICE, PROCESS_DEFINITION, "*",
            READ, READ_INSTANCE, READ_HISTORY, READ_TASK, UPDATE_TASK, TASK_WORK, TASK_ASSIGN),
        new Grant(Groups.OFFICE, PROCESS_DEFINITION, ROUND_PROCESS, CREATE_INSTANCE),
        new Grant(Groups.OFFICE, PROCESS_DEFINITION, DISQUALIFICATION_PROCESS, CREATE_INSTANCE),
        new Grant(Groups.OFFICE, PROCESS_INSTANCE, "*", CREATE),
        new Grant(Groups.OFFICE, HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ),
        new Grant(Groups.OFFICE, DEPLOYMENT, "*", READ),
        // the names of the people on its tasks (Tasklist shows a task's assignee by name)
        new Grant(Groups.OFFICE, Resources.USER, "*", READ),
        // 学会: may start an application; sees only its own instances (granted per instance).
        new Grant(Groups.SOCIETIES, APPLICATION, "tasklist", ACCESS),
        new Grant(Groups.SOCIETIES, PROCESS_DEFINITION, APPLICATION_PROCESS, READ, CREATE_INSTANCE),
        // the definition (its name and diagram) of the process their later tasks belong to; no instance
        new Grant(Groups.SOCIETIES, PROCESS_DEFINITION, IMPLEMENTATION_PROCESS, READ),
        new Grant(Groups.SOCIETIES, PROCESS_INSTANCE, "*", CREATE),
        // 评审专家: their own tasks only (Camunda grants them per task), and the definition of the
        // application review their tasks belong to (its name and diagram), which names no society
        // and no score.
        new Grant(Groups.EXPERTS, APPLICATION, "tasklist", ACCESS),
        new Grant(Groups.EXPERTS, PROCESS_DEFINITION, REVIEW_PROCESS, READ),
        // 审计: reads every history, works nothing.
        new Grant(Groups.AUDITORS, APPLICATION, "cockpit", ACCESS),
        new Grant(Groups.AUDITORS, PROCESS_DEFINITION, "*", READ, READ_HISTORY),
        new Grant(Groups.AUDITORS, HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ),
        new Grant(Groups.AUDITORS, DEPLOYMENT, "*", READ));
  }
}
