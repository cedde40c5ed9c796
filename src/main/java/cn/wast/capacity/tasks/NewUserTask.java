package cn.wast.capacity.tasks;

import cn.wast.capacity.ProgrammeClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Readies every user task of every process, when it is created, for a task list one works from
 * (attached by {@link UserTasksPlugin}): its name carries the society or the round
 * ("形式审查 · 武汉机械工程学会"), it has the programme's deadline as due date, a priority that
 * follows that deadline, and a society's own task is assigned to the society's account.
 */
@Component
class NewUserTask implements TaskListener {

  private final TaskDeadlines deadlines;
  private final ProgrammeClock clock;

  NewUserTask(TaskDeadlines deadlines, ProgrammeClock clock) {
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setName(TaskSubject.name(task.getName(), TaskSubject.of(task)));
    if (task.getDueDate() == null) {
      deadlines.of(task).ifPresent(task::setDueDate);
    }
    task.setPriority(TaskPriority.of(task.getDueDate(), clock.zone()));
    if (task.getAssignee() == null) {
      SocietyAssignee.of(task, task.getProcessEngineServices().getIdentityService()).ifPresent(task::setAssignee);
    }
  }
}
