package cn.wast.capacity.deadlines;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.WithoutAuthorization;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Finding 6 and 7: sets a deadline's moment, reminder and text, and the due date of the society's
 * open task with it; a new deadline never comes before the one it replaces.
 */
@Component
public class DeadlineMoves {

  private final ProgrammeClock clock;
  private final DeadlinesProperties properties;

  DeadlineMoves(ProgrammeClock clock, DeadlinesProperties properties) {
    this.clock = clock;
    this.properties = properties;
  }

  public void set(DelegateExecution execution, Deadline deadline, Instant dueAt, Duration reminderBefore) {
    execution.setVariable(deadline.dueAt(), Date.from(dueAt));
    execution.setVariable(deadline.reminderAt(), clock.reminderAt(dueAt, reminderBefore));
    execution.setVariable(deadline.dueText(), clock.deadline(dueAt));
  }

  /**
   * Moves the deadline to {@code proposed}, or keeps it where it is later; returns where it stands.
   * An extension {@code excuses} the lateness so far; an urging's short date does not.
   */
  Instant moveTo(DelegateExecution execution, Deadline deadline, Instant proposed, boolean excuses) {
    return moveTo(execution, deadline, proposed, excuses, properties.reminderBeforeNewDeadline());
  }

  /**
   * The same, reminding {@code reminderBefore} the deadline: a returned fund plan keeps the plan's
   * own reminder period (R-IMP-1).
   */
  public Instant moveTo(DelegateExecution execution, Deadline deadline, Instant proposed, boolean excuses,
      Duration reminderBefore) {
    Instant current = ((Date) execution.getVariable(deadline.dueAt())).toInstant();
    execution.setVariable(deadline.lateSince(), excuses ? null : Date.from(deadline.lateSinceIn(execution)));
    Instant dueAt = proposed.isAfter(current) ? proposed : current;
    set(execution, deadline, dueAt, reminderBefore);
    if (deadline.societyTask() != null) {
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      WithoutAuthorization.run(() -> tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(deadline.societyTask()).list()
          .forEach(task -> {
            task.setDueDate(Date.from(dueAt));
            tasks.saveTask(task);
          }));
    }
    return dueAt;
  }
}
