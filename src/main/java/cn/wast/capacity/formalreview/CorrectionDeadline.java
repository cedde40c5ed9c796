package cn.wast.capacity.formalreview;

import static cn.wast.capacity.application.ApplicationVariables.ROUND_YEAR;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.Rounds;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * R-REV-1: when a correction asked for now ends. The configured correction period, but never
 * after the formal-review deadline the call announced: at that moment the round records the
 * results of formal review, and a correction still open could not be reviewed any more.
 */
@Component
class CorrectionDeadline {

  private final Rounds rounds;
  private final ProgrammeClock clock;
  private final ProgrammeProperties properties;

  CorrectionDeadline(Rounds rounds, ProgrammeClock clock, ProgrammeProperties properties) {
    this.rounds = rounds;
    this.clock = clock;
    this.properties = properties;
  }

  /** The deadline of a correction asked for now in the application of {@code scope}. */
  Instant of(VariableScope scope) {
    Instant byPeriod = clock.now().atZone(clock.zone()).plus(properties.correctionPeriod()).toInstant();
    Instant formalReviewEnds = formalReviewEnds(scope).orElse(byPeriod);
    return byPeriod.isAfter(formalReviewEnds) ? formalReviewEnds : byPeriod;
  }

  /** Why no correction can be asked for now, if formal review has ended. */
  Optional<String> refusal(VariableScope scope) {
    return round(scope)
        .filter(round -> !clock.now().isBefore(clock.endOf(round.formalReviewDeadline())))
        .map(round -> "形式审查已截止（" + ChineseDates.date(round.formalReviewDeadline())
            + "），不能再要求补正：请受理或不予通过");
  }

  private Optional<Instant> formalReviewEnds(VariableScope scope) {
    return round(scope).map(round -> clock.endOf(round.formalReviewDeadline()));
  }

  private Optional<Round> round(VariableScope scope) {
    return Optional.ofNullable((Number) scope.getVariable(ROUND_YEAR))
        .flatMap(year -> rounds.find(year.intValue()));
  }
}
