package cn.wast.capacity.publicity;

import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.review.ReviewResult;
import cn.wast.capacity.review.ReviewResults;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R-REV-3, R-EVAL-1: who may move up into a place left by a removed society: the ranked
 * applications never put on the notice, and of those only the ones sharing the best composite
 * score (when several share it, the office chooses; the ranking never breaks a tie by itself).
 */
@Component
class MoveUpCandidates {

  private final ReviewResults results;
  private final Applications applications;

  MoveUpCandidates(ReviewResults results, Applications applications) {
    this.results = results;
    this.applications = applications;
  }

  List<ReviewResult> next(int roundYear) {
    List<ReviewResult> waiting = results.findByRound(roundYear).stream()
        .filter(r -> applications.find(r.applicationKey()).orElseThrow().status() == ApplicationStatus.RANKED)
        .toList();
    if (waiting.isEmpty()) {
      return List.of();
    }
    return waiting.stream().filter(r -> r.composite().compareTo(waiting.get(0).composite()) == 0).toList();
  }
}
