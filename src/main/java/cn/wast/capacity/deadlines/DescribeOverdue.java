package cn.wast.capacity.deadlines;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.funds.ImplementationVariables;
import java.time.Instant;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Finding 6: the office's overdue task says which deadline passed, when, how many days ago, and
 * what was decided at it before ({@code overdueText}, local to the task).
 */
@Component("describeOverdue")
class DescribeOverdue implements TaskListener {

  private final Lateness lateness;
  private final ProgrammeClock clock;

  DescribeOverdue(Lateness lateness, ProgrammeClock clock) {
    this.lateness = lateness;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Deadline deadline = Deadline.ofElement(task.getTaskDefinitionKey());
    Instant dueAt = deadline.lateSinceIn(task);
    StringBuilder text = new StringBuilder();
    if (deadline == Deadline.CORRECTIONS) {
      text.append("中期检查要求的整改期限为 ").append(clock.deadline(dueAt)).append("，已届满。请确认学会是否已完成整改。\n\n")
          .append("**整改要求：**").append(Markdown.escape((String) task.getVariable(ImplementationVariables.CORRECTIONS_TEXT)));
    } else {
      text.append("**").append(deadline.label()).append("**的截止时间为 ").append(clock.deadline(dueAt))
          .append("，学会尚未提交，已逾期 ").append(Lateness.daysLate(dueAt, clock.now(), clock.zone())).append(" 天。");
    }
    String before = lateness.ofApplication(ImplementationVariables.applicationKey(task)).stream()
        .filter(entry -> entry.deadline() == deadline)
        .map(entry -> "- " + clock.format(entry.happenedAt()) + " " + entry.decision().label()
            + (entry.newDueAt() == null ? "" : "，新的截止时间 " + clock.deadline(entry.newDueAt()))
            + (entry.reason() == null ? "" : "，理由：" + Markdown.escape(entry.reason())))
        .collect(Collectors.joining("\n"));
    if (!before.isEmpty()) {
      text.append("\n\n此前的处理：\n").append(before);
    }
    task.setVariableLocal(ImplementationVariables.OVERDUE_TEXT, text.toString());
  }
}
