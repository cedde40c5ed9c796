package cn.wast.capacity.funds;

import cn.wast.capacity.ProgrammeClock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** R-IMP-1: the fund plan's deadline and its reminder, in the implementation's variables. */
@Component
class PlanDeadline {

  private final FundsProperties funds;
  private final ProgrammeClock clock;

  PlanDeadline(FundsProperties funds, ProgrammeClock clock) {
    this.funds = funds;
    this.clock = clock;
  }

  void set(DelegateExecution execution, Instant dueAt) {
    execution.setVariable(Implementation.PLAN_DUE_AT, Date.from(dueAt));
    execution.setVariable(Implementation.PLAN_REMINDER_AT, clock.reminderAt(dueAt, funds.planReminderBefore()));
    execution.setVariable(Implementation.PLAN_DUE_TEXT, clock.deadline(dueAt));
  }

  /** Finding 7: a new deadline (a return, an extension) never comes before the one it replaces. */
  void moveTo(DelegateExecution execution, Instant proposed) {
    Instant current = ((java.util.Date) execution.getVariable(Implementation.PLAN_DUE_AT)).toInstant();
    set(execution, proposed.isAfter(current) ? proposed : current);
  }
}
