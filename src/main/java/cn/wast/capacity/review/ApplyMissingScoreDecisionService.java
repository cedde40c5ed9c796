package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: carries out the office's decision on a missing score: a new deadline for the same
 * expert, another expert on the seat (each told by mail), or the seat withdrawn, so that the
 * application is scored by its other experts (R-EVAL-1 takes the mean of the scores there are).
 */
@Component("applyMissingScoreDecisionService")
class ApplyMissingScoreDecisionService implements JavaDelegate {

  private final SeatHolder holder;
  private final ReviewAssignments assignments;
  private final SeatLetters letters;
  private final ReviewProperties review;
  private final ProgrammeClock clock;

  ApplyMissingScoreDecisionService(SeatHolder holder, ReviewAssignments assignments, SeatLetters letters,
      ReviewProperties review, ProgrammeClock clock) {
    this.holder = holder;
    this.assignments = assignments;
    this.letters = letters;
    this.review = review;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution seat) {
    MissingScoreDecision decision = MissingScoreDecision.read(FormValues.of(seat));
    ReviewAssignment current = holder.current(seat);
    String note = decision.note().orElse("");
    switch (decision.decision().orElseThrow()) {
      case MissingScoreDecision.EXTEND -> {
        assignments.extend(current.id(), clock.endOf(decision.newDueDate().orElseThrow()));
        onSeat(seat, assignments.find(current.id()).orElseThrow());
      }
      case MissingScoreDecision.REPLACE -> {
        assignments.end(current.id(), AssignmentStatus.REPLACED,
            "逾期未评分，由专项办公室更换" + (note.isEmpty() ? "" : "：" + note), clock.now());
        Instant dueAt = clock.endOf(clock.today().plus(review.scoringPeriod()));
        long id = assignments.assign(current.roundYear(), current.applicationKey(), current.seat(),
            decision.replacement().orElseThrow(), clock.now(), dueAt);
        onSeat(seat, assignments.find(id).orElseThrow());
      }
      default -> {
        assignments.end(current.id(), AssignmentStatus.WITHDRAWN, "专项办公室撤销该评审席位：" + note, clock.now());
        seat.setVariableLocal(ReviewVariables.SEAT_WITHDRAWN, true);
      }
    }
  }

  private void onSeat(DelegateExecution seat, ReviewAssignment assignment) {
    holder.show(seat, assignment);
    letters.assigned(seat, assignment);
  }
}
