package cn.wast.capacity.publicity;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.review.ReviewResult;
import cn.wast.capacity.review.ReviewResults;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.Rounds;
import java.time.Instant;
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
  private final PublicNotices notices;
  private final NoticePeriods periods;
  private final Rounds rounds;
  private final NoticeLetters letters;
  private final ProgrammeClock clock;

  PublishProposedListService(ReviewResults results, Applications applications, PublicNotices notices,
      NoticePeriods periods, Rounds rounds, NoticeLetters letters, ProgrammeClock clock) {
    this.results = results;
    this.applications = applications;
    this.notices = notices;
    this.periods = periods;
    this.rounds = rounds;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ((Number) execution.getVariable("roundYear")).intValue();
    Instant startsAt = clock.now();
    Instant endsAt = periods.endOfOneStartingNow();
    List<String> places = new ArrayList<>();
    for (ReviewResult result : results.findByRound(year)) {
      if (!result.proposed()) {
        continue;
      }
      int place = places.size() + 1;
      Application application = applications.find(result.applicationKey()).orElseThrow();
      long entryId = notices.publish(year, application.businessKey(), application.societyCode(), place, startsAt,
          endsAt, false);
      applications.moveTo(application.businessKey(), ApplicationStatus.PROPOSED);
      letters.proposed(application, result, notices.find(entryId).orElseThrow(), execution.getProcessInstanceId());
      places.add(String.valueOf(place));
    }
    rounds.updateStatus(year, RoundStatus.IN_NOTICE);
    execution.setVariable("noticePlaces", places);
    execution.setVariable("noticeEndsText", clock.format(endsAt));
  }
}
