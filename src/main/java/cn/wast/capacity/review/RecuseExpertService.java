package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.Applications;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: an expert declared a conflict of interest on the scoring task. The declaration ends
 * their assignment (kept, with its reason) and the least-loaded committee member free of ties
 * to the society takes the seat, with a mail and a fresh scoring period. When nobody is free,
 * the seat goes to the office.
 */
@Component("recuseExpertService")
class RecuseExpertService implements JavaDelegate {

  private final SeatHolder holder;
  private final ReviewAssignments assignments;
  private final ReplacementCandidates replacements;
  private final Applications applications;
  private final SeatLetters letters;
  private final ReviewProperties review;
  private final ProgrammeClock clock;

  RecuseExpertService(SeatHolder holder, ReviewAssignments assignments, ReplacementCandidates replacements,
      Applications applications, SeatLetters letters, ReviewProperties review, ProgrammeClock clock) {
    this.holder = holder;
    this.assignments = assignments;
    this.replacements = replacements;
    this.applications = applications;
    this.letters = letters;
    this.review = review;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution seat) {
    ReviewAssignment recused = holder.current(seat);
    String reason = FormValues.of(seat).text(ReviewVariables.CONFLICT_REASON).orElseThrow();
    assignments.end(recused.id(), AssignmentStatus.RECUSED, "申请回避：" + reason, clock.now());
    Application application = applications.find(recused.applicationKey()).orElseThrow();
    Optional<String> replacement = replacements.automatic(application);
    seat.setVariableLocal(ReviewVariables.REPLACEMENT_FOUND, replacement.isPresent());
    if (replacement.isPresent()) {
      Instant dueAt = clock.endOf(clock.today().plus(review.scoringPeriod()));
      long id = assignments.assign(application.roundYear(), application.businessKey(), recused.seat(),
          replacement.get(), clock.now(), dueAt);
      ReviewAssignment assignment = assignments.find(id).orElseThrow();
      holder.show(seat, assignment);
      letters.assigned(seat, assignment);
    }
  }
}
