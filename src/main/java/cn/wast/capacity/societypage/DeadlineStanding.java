package cn.wast.capacity.societypage;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.deadlines.Lateness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finding 6: an implementation's deadlines on the society's page: the next one still ahead, a
 * passed one as 已逾期 (never as "next"), and the lateness on record. Read as the signed-in user.
 */
@Component
class DeadlineStanding {

  private final HistoryService historyService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final Lateness lateness;
  private final ProgrammeClock clock;

  DeadlineStanding(HistoryService historyService, TaskService taskService, ManagementService managementService,
      Lateness lateness, ProgrammeClock clock) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.lateness = lateness;
    this.clock = clock;
  }

  List<String> of(String applicationKey, Optional<HistoricProcessInstance> implementation) {
    List<String> lines = new ArrayList<>();
    implementation.flatMap(this::nextDeadline).ifPresent(lines::add);
    lateness.ofApplication(applicationKey).stream().filter(entry -> entry.daysLate() > 0).forEach(entry ->
        lines.add("逾期记录：" + entry.deadline().label() + "（截止时间：" + clock.deadline(entry.dueAt()) + "）"
            + "，" + clock.format(entry.happenedAt()) + " " + entry.decision().label() + "，逾期 " + entry.daysLate() + " 天"
            + (entry.newDueAt() == null ? "" : "，新的截止时间：" + clock.deadline(entry.newDueAt()))));
    return lines;
  }

  /** The society's open task and its deadline (or how long it is overdue), else the next dated step. */
  private Optional<String> nextDeadline(HistoricProcessInstance implementation) {
    if (implementation.getEndTime() != null) {
      return Optional.empty();
    }
    Optional<Task> task = taskService.createTaskQuery().processInstanceId(implementation.getId()).list().stream()
        .filter(t -> t.getDueDate() != null).min(Comparator.comparing(Task::getDueDate));
    if (task.isPresent()) {
      Instant due = task.get().getDueDate().toInstant();
      String step = stepName(task.get());
      return Optional.of(clock.now().isBefore(due)
          ? "下一期限：" + step + "，截止时间：" + clock.deadline(due)
          : "已逾期：" + step + "，截止时间：" + clock.deadline(due) + "，已逾期 "
              + Lateness.daysLate(due, clock.now(), clock.zone()) + " 天，请尽快提交");
    }
    return managementService.createJobQuery().processInstanceId(implementation.getId()).timers().list().stream()
        .filter(job -> job.getDuedate() != null && job.getDuedate().toInstant().isAfter(clock.now()))
        .min(Comparator.comparing(Job::getDuedate))
        .map(job -> "下一阶段开始：" + clock.format(job.getDuedate().toInstant()));
  }

  /** The step a task stands for, as the process names it (the task's own name adds the society). */
  private String stepName(Task task) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .activityId(task.getTaskDefinitionKey()).unfinished().list().stream()
        .map(HistoricActivityInstance::getActivityName).findFirst().orElse(task.getName());
  }
}
