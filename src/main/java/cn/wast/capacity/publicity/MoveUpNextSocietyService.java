package cn.wast.capacity.publicity;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.review.ReviewResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-3: the society the office moved up takes the place and stands in public for a notice
 * period of its own; it is told so like the others were.
 */
@Component("moveUpNextSocietyService")
class MoveUpNextSocietyService implements JavaDelegate {

  private final PlaceHolder holder;
  private final PublicNotices notices;
  private final NoticePeriods periods;
  private final Applications applications;
  private final ReviewResults results;
  private final NoticeLetters letters;
  private final ProgrammeClock clock;

  MoveUpNextSocietyService(PlaceHolder holder, PublicNotices notices, NoticePeriods periods,
      Applications applications, ReviewResults results, NoticeLetters letters, ProgrammeClock clock) {
    this.holder = holder;
    this.notices = notices;
    this.periods = periods;
    this.applications = applications;
    this.results = results;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution place) {
    NoticeEntry removed = holder.current(place);
    String key = MoveUpDecision.read(FormValues.of(place)).candidate().orElseThrow();
    Application application = applications.find(key).orElseThrow();
    long entryId = notices.publish(removed.roundYear(), key, application.societyCode(), removed.place(), clock.now(),
        periods.endOfOneStartingNow(), true);
    applications.moveTo(key, ApplicationStatus.PROPOSED);
    NoticeEntry entry = notices.find(entryId).orElseThrow();
    letters.proposed(application, results.find(key).orElseThrow(), entry, place.getProcessInstanceId());
    holder.show(place, entry);
  }
}
