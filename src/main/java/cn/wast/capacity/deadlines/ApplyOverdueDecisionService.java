package cn.wast.capacity.deadlines;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.mail.MailType;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Finding 6: carries out the office's decision on a passed deadline: the lateness goes on record;
 * 催办 mails the society (with the short new date, if given); 延期 moves the deadline later and tells
 * the society why; a new date sends the process to wait for it again ({@code overdueWaitAgain}).
 */
@Component("applyOverdueDecisionService")
class ApplyOverdueDecisionService implements JavaDelegate {

  private final Lateness lateness;
  private final DeadlineMoves moves;
  private final ImplementationLetters letters;
  private final ProgrammeClock clock;

  ApplyOverdueDecisionService(Lateness lateness, DeadlineMoves moves, ImplementationLetters letters,
      ProgrammeClock clock) {
    this.lateness = lateness;
    this.moves = moves;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Deadline deadline = Deadline.ofElement(execution.getCurrentActivityId());
    OverdueDecision decision = OverdueDecision.read(FormValues.of(execution));
    String applicationKey = ImplementationVariables.applicationKey(execution);
    Instant dueAt = deadline.lateSinceIn(execution);
    Instant now = clock.now();
    Instant newDueAt = decision.newDueDate().map(clock::endOf).orElse(null);
    lateness.record(new Lateness.Entry(applicationKey, deadline, dueAt, now,
        decision.kind() == LatenessDecision.CORRECTED ? 0 : Lateness.daysLate(dueAt, now, clock.zone()),
        decision.kind(), newDueAt, decision.reason().map(String::strip).orElse(null), ActingUser.of(execution)));
    String step = deadline.name() + "@" + now.toEpochMilli();
    switch (decision.kind()) {
      case URGED -> {
        String passed = clock.deadline(dueAt);
        String newDeadline = newDueAt == null ? "请尽快提交。"
            : "新的截止时间：" + clock.deadline(moves.moveTo(execution, deadline, newDueAt, false)) + "，请按时提交。";
        letters.send(execution, MailType.DEADLINE_URGED, step, Map.of(
            "what", deadline.label(), "deadline", passed, "newDeadline", newDeadline));
      }
      case EXTENDED -> letters.send(execution, MailType.DEADLINE_EXTENDED, step, Map.of(
          "what", deadline.label(), "deadline", clock.deadline(moves.moveTo(execution, deadline, newDueAt, true)),
          "reason", decision.reason().orElseThrow().strip()));
      default -> { }
    }
    execution.setVariable(ImplementationVariables.OVERDUE_WAIT_AGAIN, newDueAt != null);
    execution.setVariable(ImplementationVariables.OVERDUE_DECISION, null);
    execution.setVariable(ImplementationVariables.NEW_DUE_DATE, null);
    execution.setVariable(ImplementationVariables.OVERDUE_REASON, null);
  }
}
