package cn.wast.capacity.deadlines;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.funds.ImplementationVariables;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Finding 6: a plan or report taken after its deadline is taken, and its lateness goes on record;
 * the office's review task says it ({@code latenessText}: 逾期 N 天报送, or 按期报送).
 */
@Component
public class LateSubmissions {

  private final Lateness lateness;
  private final ProgrammeClock clock;

  LateSubmissions(Lateness lateness, ProgrammeClock clock) {
    this.lateness = lateness;
    this.clock = clock;
  }

  public void submitted(DelegateExecution execution, Deadline deadline) {
    Instant dueAt = deadline.lateSinceIn(execution);
    execution.setVariable(deadline.lateSince(), null);
    Instant now = clock.now();
    int days = Lateness.daysLate(dueAt, now, clock.zone());
    if (now.isAfter(dueAt)) {
      lateness.record(new Lateness.Entry(ImplementationVariables.applicationKey(execution), deadline,
          dueAt, now, days, LatenessDecision.SUBMITTED_LATE, null, null, ActingUser.of(execution)));
      execution.setVariable(ImplementationVariables.LATENESS_TEXT, "**逾期 " + days + " 天报送**（截止时间：" + clock.deadline(dueAt) + "，报送于 "
          + clock.format(now) + "）");
    } else {
      execution.setVariable(ImplementationVariables.LATENESS_TEXT, "按期报送（截止时间：" + clock.deadline(dueAt) + "）");
    }
  }
}
