package cn.wast.capacity.publicity;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.review.ReviewResult;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * R-REV-3, R-SUP-2: puts a proposed society on the public notice for a quota place, whether it
 * was proposed by the ranking or moved up after a removal, and tells it. The period starts now
 * and ends at midnight at the end of the day the configured period (P10D) leads to, so it always
 * holds ten whole days.
 */
@Component
class ProposedSocieties {

  private final PublicNotices notices;
  private final Applications applications;
  private final NoticeLetters letters;
  private final PublicityProperties publicity;
  private final ProgrammeClock clock;

  ProposedSocieties(PublicNotices notices, Applications applications, NoticeLetters letters,
      PublicityProperties publicity, ProgrammeClock clock) {
    this.notices = notices;
    this.applications = applications;
    this.letters = letters;
    this.publicity = publicity;
    this.clock = clock;
  }

  NoticeEntry publish(Application application, ReviewResult result, int place, boolean movedUp,
      String processInstanceId) {
    Instant endsAt = clock.endOf(clock.today().plus(publicity.noticePeriod()));
    long id = notices.publish(application.roundYear(), application.businessKey(), application.societyCode(), place,
        clock.now(), endsAt, movedUp);
    applications.moveTo(application.businessKey(), ApplicationStatus.PROPOSED);
    NoticeEntry entry = notices.find(id).orElseThrow();
    letters.proposed(application, result, entry, processInstanceId);
    return entry;
  }
}
