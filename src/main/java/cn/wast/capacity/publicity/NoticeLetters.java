package cn.wast.capacity.publicity;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.review.ReviewResult;
import java.util.Map;
import org.springframework.stereotype.Component;

/** R-REV-3: the letters to a society about its place on the public notice. */
@Component
class NoticeLetters {

  private final ApplicationLetters letters;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;

  NoticeLetters(ApplicationLetters letters, ProgrammeProperties programme, ProgrammeClock clock) {
    this.letters = letters;
    this.programme = programme;
    this.clock = clock;
  }

  void proposed(Application application, ReviewResult result, NoticeEntry entry, String processInstanceId) {
    letters.send(application, processInstanceId, MailType.PROPOSED_FOR_AWARD, "1", Map.of(
        "ranking", String.valueOf(result.ranking()),
        "noticeStart", clock.format(entry.startsAt()),
        "noticeEnd", clock.deadline(entry.endsAt()),
        "publicUrl", programme.publicUrl() + "/public/"));
  }

  void removed(Application application, String reasons, String processInstanceId) {
    letters.send(application, processInstanceId, MailType.REMOVED_FROM_NOTICE, "1", Map.of("reasons", reasons));
  }
}
