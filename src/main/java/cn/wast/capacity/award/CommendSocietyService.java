package cn.wast.capacity.award;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.publicity.NoticeStatus;
import cn.wast.capacity.publicity.PublicNotices;
import cn.wast.capacity.review.ReviewResult;
import cn.wast.capacity.review.ReviewResults;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.round.Rounds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-3: the society's notice ended with no objection standing: it is commended (the public
 * page lists it under 通报表彰), awarded the amount its rank earns, and told so. The award is
 * recorded as the start of its implementation, whose process (专项实施) starts here.
 */
@Component("commendSocietyService")
class CommendSocietyService implements JavaDelegate {

  private final PublicNotices notices;
  private final ReviewResults results;
  private final Applications applications;
  private final Rounds rounds;
  private final Awards awards;
  private final ApplicationLetters letters;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;
  private final Implementations implementations;

  CommendSocietyService(PublicNotices notices, ReviewResults results, Applications applications, Rounds rounds,
      Awards awards, ApplicationLetters letters, ProgrammeProperties programme, ProgrammeClock clock,
      Implementations implementations) {
    this.notices = notices;
    this.results = results;
    this.applications = applications;
    this.rounds = rounds;
    this.awards = awards;
    this.letters = letters;
    this.programme = programme;
    this.clock = clock;
    this.implementations = implementations;
  }

  @Override
  public void execute(DelegateExecution place) {
    NoticeEntry entry = notices.find(RoundVariables.placeEntryId(place)).orElseThrow();
    ReviewResult result = results.find(entry.applicationKey()).orElseThrow();
    Round round = rounds.find(entry.roundYear()).orElseThrow();
    BigDecimal amount = round.award().amountFor(result.ranking());
    Instant now = clock.now();
    awards.insert(new Award(entry.applicationKey(), entry.roundYear(), entry.societyCode(), result.ranking(),
        result.composite(), amount, now, Award.AWAITING_PLAN));
    notices.close(entry.id(), NoticeStatus.COMMENDED, now);
    applications.decide(entry.applicationKey(), ApplicationStatus.COMMENDED,
        "通报表彰，奖励补助 " + Numbers.yuan(amount), now);
    Application application = applications.find(entry.applicationKey()).orElseThrow();
    letters.send(application, place.getProcessInstanceId(), MailType.AWARD_GRANTED, "1", Map.of(
        "ranking", String.valueOf(result.ranking()),
        "composite", Numbers.score(result.composite()),
        "amount", Numbers.yuan(amount),
        "publicUrl", programme.publicUrl() + "/public/"));
    implementations.start(entry.applicationKey());
  }
}
