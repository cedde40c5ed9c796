package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.review.MissingScoreDecision.Cause;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-REV-2: refuses an incomplete or impossible decision on a missing score; the task stays open. */
@Component("checkMissingScoreDecision")
class CheckMissingScoreDecision implements ExecutionListener {

  private final SeatHolder holder;
  private final ReplacementCandidates replacements;
  private final Applications applications;
  private final ProgrammeClock clock;

  CheckMissingScoreDecision(SeatHolder holder, ReplacementCandidates replacements, Applications applications,
      ProgrammeClock clock) {
    this.holder = holder;
    this.replacements = replacements;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution seat) {
    ReviewAssignment assignment = holder.current(seat);
    Cause cause = Cause.valueOf((String) seat.getVariable(ReviewVariables.MISSING_SCORE_CAUSE));
    var allowed = replacements.forOffice(applications.find(assignment.applicationKey()).orElseThrow()).stream()
        .map(Expert::userId).collect(Collectors.toSet());
    InputRefusedException.refuseIfAny(
        MissingScoreDecision.read(FormValues.of(seat)).problems(clock.today(), cause, allowed));
  }
}
