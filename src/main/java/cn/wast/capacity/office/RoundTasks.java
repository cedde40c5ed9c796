package cn.wast.capacity.office;

import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.review.ReviewVariables;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.supervision.DisqualificationVariables;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The open tasks of one round, read from the engine's history (which the office and the auditors
 * may both read) under the caller's authorizations: per kind of task (a user task of a programme
 * process) a count and the earliest ones by due date, so that a round of a thousand applications
 * costs a few queries, never a load of every task.
 */
@Component
class RoundTasks {

  /** The processes whose instances belong to a round, and how their business keys name it. */
  private static final Map<String, String> KEYS_OF_ROUND = Map.of(
      RoundVariables.PROCESS, "ROUND-%d",
      ApplicationVariables.PROCESS, "APP-%d-%%",
      ReviewVariables.PROCESS, "APP-%d-%%",
      ImplementationVariables.PROCESS, "IMPL-%d-%%",
      DisqualificationVariables.PROCESS, "DISQ-%d-%%");

  /** The earliest tasks of a kind shown one by one; the rest are counted. */
  static final int SHOWN_PER_KIND = 10;

  /** A kind of task that is open in the round: how many, and the earliest by due date. */
  record OpenKind(String processKey, String taskKey, String name, long count, List<HistoricTaskInstance> earliest) {}

  private static final Date LONG_AGO = new Date(0);

  private final HistoryService historyService;
  private final RepositoryService repositoryService;

  RoundTasks(HistoryService historyService, RepositoryService repositoryService) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
  }

  /** Every kind of open task with a due date in the round, with its earliest tasks. */
  List<OpenKind> withDueDates(Round round) {
    List<OpenKind> kinds = new ArrayList<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      if (!KEYS_OF_ROUND.containsKey(definition.getKey())) {
        continue;
      }
      for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
        String processKey = definition.getKey();
        long count = dueQuery(round, processKey, task.getId()).count();
        if (count > 0) {
          kinds.add(new OpenKind(processKey, task.getId(), task.getName(), count,
              dueQuery(round, processKey, task.getId()).orderByTaskDueDate().asc().listPage(0, SHOWN_PER_KIND)));
        }
      }
    }
    return kinds;
  }

  /** The open tasks of these kinds in one process of the round, the earliest due first. */
  List<HistoricTaskInstance> open(Round round, String processKey, String... taskKeys) {
    return query(round, processKey).taskDefinitionKeyIn(taskKeys).orderByTaskDueDate().asc().list();
  }

  /** The open tasks of the instances of a process with these business keys. */
  List<HistoricTaskInstance> openIn(String processKey, List<String> businessKeys) {
    if (businessKeys.isEmpty()) {
      return List.of();
    }
    return historyService.createHistoricTaskInstanceQuery().unfinished().processDefinitionKey(processKey)
        .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).list();
  }

  private HistoricTaskInstanceQuery dueQuery(Round round, String processKey, String taskKey) {
    return query(round, processKey).taskDefinitionKey(taskKey).taskDueAfter(LONG_AGO);
  }

  private HistoricTaskInstanceQuery query(Round round, String processKey) {
    String key = String.format(KEYS_OF_ROUND.get(processKey), round.year());
    HistoricTaskInstanceQuery query = historyService.createHistoricTaskInstanceQuery().unfinished()
        .processDefinitionKey(processKey);
    return key.contains("%") ? query.processInstanceBusinessKeyLike(key) : query.processInstanceBusinessKey(key);
  }
}
