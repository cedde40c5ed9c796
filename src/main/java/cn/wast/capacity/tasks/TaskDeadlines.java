package cn.wast.capacity.tasks;

import static cn.wast.capacity.application.ApplicationVariables.APPLICATION_KEY;
import static cn.wast.capacity.application.ApplicationVariables.ROUND_YEAR;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.publicity.ObjectionVariables;
import cn.wast.capacity.publicity.PublicNotices;
import cn.wast.capacity.round.Rounds;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The programme's deadline for the tasks whose BPMN names none, since it lives outside their
 * instance: the formal review ends with the round's formal-review deadline (R-REV-1, from the
 * call), and an objection should be settled by the end of the society's notice period (R-REV-3),
 * which otherwise waits for it. Tasks with a deadline of their own (correction, scoring, fund
 * plan, reports) carry it in the BPMN as {@code camunda:dueDate}; the office's other tasks have
 * none in the programme.
 */
@Component
class TaskDeadlines {

  private final Rounds rounds;
  private final PublicNotices notices;
  private final ProgrammeClock clock;

  TaskDeadlines(Rounds rounds, PublicNotices notices, ProgrammeClock clock) {
    this.rounds = rounds;
    this.notices = notices;
    this.clock = clock;
  }

  Optional<Date> of(DelegateTask task) {
    return switch (task.getTaskDefinitionKey()) {
      case ApplicationVariables.Elements.FORMAL_REVIEW -> Optional.ofNullable((Integer) task.getVariable(ROUND_YEAR))
          .flatMap(rounds::find)
          .map(round -> clock.endOfAsDate(round.formalReviewDeadline()));
      case ObjectionVariables.Elements.INVESTIGATE_OBJECTION -> Optional.ofNullable((String) task.getVariable(APPLICATION_KEY))
          .flatMap(notices::findByApplication)
          .map(entry -> Date.from(entry.endsAt()));
      default -> Optional.empty();
    };
  }
}
