package cn.wast.capacity.benchmark;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The benchmarks' baseline: a process of one user task and nothing else (no listener, no
 * delegate, no outbox), deployed for one benchmark and removed with its instances and history by
 * {@link #close()}. One start, or one completion, is one bare engine transaction.
 */
final class BareProcess implements AutoCloseable {

  static final String KEY = "benchmarkBare";

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final String deploymentId;

  BareProcess(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Work").camundaAssignee("${assignee}")
        .endEvent()
        .done();
    deploymentId = repositoryService.createDeployment().name("benchmark baseline")
        .addModelInstance(KEY + ".bpmn", model).deploy().getId();
  }

  /** Starts one instance, which waits at its user task assigned to {@code assignee}; returns the instance id. */
  String start(String assignee) {
    return runtimeService.startProcessInstanceByKey(KEY, Map.of("assignee", assignee)).getId();
  }

  /** Completes the one task of the instance. */
  void complete(String processInstanceId) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId());
  }

  /** Starts and completes instances until {@code transactions} bare transactions ran; returns the seconds taken. */
  double runTransactions(int transactions) {
    long started = System.nanoTime();
    for (int done = 0; done < transactions; done += 2) {
      String instance = start("benchmark");
      if (done + 1 < transactions) {
        complete(instance);
      }
    }
    return BenchmarkReport.secondsSince(started);
  }

  @Override
  public void close() {
    repositoryService.deleteDeployment(deploymentId, true, true);
  }
}
