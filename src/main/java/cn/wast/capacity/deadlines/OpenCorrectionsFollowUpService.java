package cn.wast.capacity.deadlines;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.checks.CheckKind;
import cn.wast.capacity.checks.ImplementationChecks;
import cn.wast.capacity.funds.ImplementationVariables;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Finding 6: after the mid-term check, reads from the check's record whether corrections were
 * ordered and by when ({@code implementation_check.correct_by}); the follow-up waits for that date.
 */
@Component("openCorrectionsFollowUpService")
class OpenCorrectionsFollowUpService implements JavaDelegate {

  private final ImplementationChecks checks;
  private final DeadlineMoves moves;
  private final DeadlinesProperties properties;
  private final ProgrammeClock clock;

  OpenCorrectionsFollowUpService(ImplementationChecks checks, DeadlineMoves moves, DeadlinesProperties properties,
      ProgrammeClock clock) {
    this.checks = checks;
    this.moves = moves;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<ImplementationChecks.Check> ordered = checks
        .find(ImplementationVariables.applicationKey(execution), CheckKind.MID_TERM)
        .filter(check -> check.correctBy() != null);
    execution.setVariable(ImplementationVariables.CORRECTIONS_ORDERED, ordered.isPresent());
    ordered.ifPresent(check -> {
      execution.setVariable(ImplementationVariables.CORRECTIONS_TEXT, check.corrections() == null ? "" : check.corrections());
      moves.set(execution, Deadline.CORRECTIONS, clock.endOf(check.correctBy()), properties.correctionsReminderBefore());
    });
  }
}
