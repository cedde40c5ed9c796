package cn.wast.capacity.benchmark;

import cn.wast.capacity.access.Groups;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The fair baseline of the benchmarks: a process with nothing of the programme in it (no
 * listener, no delegate, no outbox) that is worked the way the application's
 * processes are: started through its start form (a Camunda Form deployed with it) by a signed-in
 * society or the office, whose grants allow it as they allow the real start; then
 * {@code asyncSteps} asynchronous no-op steps, one engine transaction each, so that an item costs
 * the bare engine as many transactions as it costs the real path; then one user task with a task
 * form: a candidate of the office ({@value #TASK}), or, when the start names an {@code assignee},
 * that user's own ({@value #ASSIGNED_TASK}), completed through its form. History is the engine's,
 * FULL. {@link #close()} removes the deployment with its instances and history, and the grants.
 */
final class BareProcess implements AutoCloseable {

  static final String KEY = "benchmarkBare";
  /** The office's task (a candidate of the office, as 形式审查). */
  static final String TASK = "Work";
  /** The task of the user named by {@code assignee} (assigned, as 专家评分). */
  static final String ASSIGNED_TASK = "AssignedWork";
  /**
   * Two of the programme's own small forms, deployed with the baseline, so that the application's
   * check of every submitted form (form/SubmissionGuard, which reads the form files on the class
   * path) checks the baseline's submissions as it checks the real ones: three fields to start,
   * one to complete a task.
   */
  private static final String START_FORM = "start-disqualification";
  private static final String TASK_FORM = "formal-review";

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final int asyncSteps;
  private final String deploymentId;
  private final List<String> grantIds = new ArrayList<>();

  /** The baseline as the societies and the office start it, with {@code asyncSteps} transactions after each start. */
  BareProcess(ProcessEngine engine, int asyncSteps) {
    this(engine.getRepositoryService(), engine.getRuntimeService(), engine.getTaskService(),
        engine.getAuthorizationService(), asyncSteps);
  }

  /**
   * The baseline without grants and asynchronous steps, for tasks started by {@link #start(String)}
   * without a signed-in user (the Tasklist benchmark's open tasks).
   */
  BareProcess(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService) {
    this(repositoryService, runtimeService, taskService, null, 0);
  }

  private BareProcess(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
      AuthorizationService authorizationService, int asyncSteps) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.asyncSteps = asyncSteps;
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY).name("基准流程")
        .camundaHistoryTimeToLive(1)
        .startEvent("Submitted").name("提交").camundaFormRef(START_FORM).camundaFormRefBinding("deployment");
    for (int step = 1; step <= asyncSteps; step++) {
      flow = flow.serviceTask("Step" + step).name("空步骤" + step).camundaExpression("${true}").camundaAsyncBefore();
    }
    BpmnModelInstance model = flow
        .exclusiveGateway("WhoWorks").name("谁办理？")
        .condition("办公室", "${execution.getVariable('assignee') == null}")
        .userTask(TASK).name("办理").camundaFormRef(TASK_FORM).camundaFormRefBinding("deployment")
        .camundaCandidateGroups(Groups.OFFICE)
        .endEvent("Done").name("完成")
        .moveToLastGateway()
        .condition("指定人员", "${execution.getVariable('assignee') != null}")
        .userTask(ASSIGNED_TASK).name("本人办理").camundaFormRef(TASK_FORM).camundaFormRefBinding("deployment")
        .camundaAssignee("${assignee}")
        .endEvent("AssignedDone").name("完成")
        .done();
    deploymentId = repositoryService.createDeployment().name("benchmark baseline")
        .addModelInstance(KEY + ".bpmn", model)
        .addString(START_FORM + ".form", formFile(START_FORM))
        .addString(TASK_FORM + ".form", formFile(TASK_FORM))
        .deploy().getId();
    if (authorizationService != null) {
      grant(Groups.SOCIETIES, Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(Groups.OFFICE, Permissions.READ, Permissions.CREATE_INSTANCE);
      // as the experts read the definition of the review their scoring tasks belong to
      grant(Groups.EXPERTS, Permissions.READ);
    }
  }

  /** Starts one instance without a signed-in user, waiting at its task assigned to {@code assignee}; returns its id. */
  String start(String assignee) {
    return runtimeService.startProcessInstanceByKey(KEY, Map.of("assignee", assignee)).getId();
  }

  /** Completes the one task of the instance without a signed-in user. */
  void complete(String processInstanceId) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId());
  }

  /** How many asynchronous steps (extra transactions) follow each start. */
  int asyncSteps() {
    return asyncSteps;
  }

  /** The start form's fields as a signed-in user submits them. */
  static Map<String, Object> startForm(int roundYear, String societyCode) {
    return Map.of("roundYear", roundYear, "societyCode", societyCode,
        "grounds", "基准流程的一次提交，用于衡量引擎本身的开销。");
  }

  /** The task form's fields as its user submits them. */
  static Map<String, Object> taskForm() {
    return Map.of("formalReviewDecision", "accepted");
  }

  /** The group's permissions on the definition, as AccessPolicy grants them on the programme's. */
  private void grant(String groupId, Permissions... permissions) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(KEY);
    for (Permissions permission : permissions) {
      grant.addPermission(permission);
    }
    grantIds.add(authorizationService.saveAuthorization(grant).getId());
  }

  private static String formFile(String formKey) {
    try (InputStream in = BareProcess.class.getResourceAsStream("/forms/" + formKey + ".form")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    repositoryService.deleteDeployment(deploymentId, true, true);
    for (String grantId : grantIds) {
      authorizationService.deleteAuthorization(grantId);
    }
  }
}
