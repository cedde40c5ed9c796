package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-EVAL-1: records the expert's scores and weighted total against their assignment. */
@Component("recordScoreService")
class RecordScoreService implements JavaDelegate {

  private final SeatHolder holder;
  private final ReviewAssignments assignments;
  private final ReviewProperties review;
  private final ProgrammeClock clock;

  RecordScoreService(SeatHolder holder, ReviewAssignments assignments, ReviewProperties review,
      ProgrammeClock clock) {
    this.holder = holder;
    this.assignments = assignments;
    this.review = review;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution seat) {
    ScoreSheet sheet = ScoreSheet.read(FormValues.of(seat));
    Map<Capacity, BigDecimal> scores = sheet.checkedScores();
    BigDecimal total = review.scale().weightedTotal(scores);
    assignments.recordScore(holder.current(seat).id(), scores, total, sheet.comment().orElse(null), clock.now());
    seat.setVariableLocal(ReviewVariables.WEIGHTED_TOTAL, total);
  }
}
