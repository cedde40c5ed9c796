package cn.wast.capacity.publicity;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.review.ReviewResult;
import cn.wast.capacity.review.ReviewResults;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.round.Rounds;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-3, R-SUP-2: publishes the confirmed proposed list on the public page, one quota place per
 * society in rank order, each for the notice period, and tells each society.
 */
@Component("publishProposedListService")
class PublishProposedListService implements JavaDelegate {

  private final ReviewResults results;
  private final Applications applications;
  private final ProposedSocieties proposed;
  private final Rounds rounds;
  private final ProgrammeClock clock;

  PublishProposedListService(ReviewResults results, Applications applications, ProposedSocieties proposed,
      Rounds rounds, ProgrammeClock clock) {
    this.results = results;
    this.applications = applications;
    this.proposed = proposed;
    this.rounds = rounds;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    List<String> places = new ArrayList<>();
    NoticeEntry last = null;
    for (ReviewResult result : results.findByRound(year)) {
      if (result.proposed()) {
        int place = places.size() + 1;
        last = proposed.publish(applications.find(result.applicationKey()).orElseThrow(), result, place, false,
            execution.getProcessInstanceId());
        places.add(String.valueOf(place));
      }
    }
    rounds.updateStatus(year, RoundStatus.IN_NOTICE);
    execution.setVariable(RoundVariables.NOTICE_PLACES, places);
    execution.setVariable(RoundVariables.NOTICE_ENDS_TEXT, last == null ? "" : clock.deadline(last.endsAt()));
  }
}
