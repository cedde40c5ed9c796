package cn.wast.capacity.award;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.review.ReviewResult;
import cn.wast.capacity.review.ReviewResults;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.round.Rounds;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-EVAL-1, R-REV-3: every place is settled. The ranked societies that were not awarded get a
 * polite outcome mail with their rank and composite score, and the round is complete.
 */
@Component("completeRoundService")
class CompleteRoundService implements JavaDelegate {

  private final ReviewResults results;
  private final Applications applications;
  private final Rounds rounds;
  private final ApplicationLetters letters;
  private final ProgrammeClock clock;

  CompleteRoundService(ReviewResults results, Applications applications, Rounds rounds, ApplicationLetters letters,
      ProgrammeClock clock) {
    this.results = results;
    this.applications = applications;
    this.rounds = rounds;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    int quota = RoundVariables.quota(execution);
    List<ReviewResult> ranked = results.findByRound(year);
    for (ReviewResult result : ranked) {
      Application application = applications.find(result.applicationKey()).orElseThrow();
      if (application.status() != ApplicationStatus.RANKED) {
        continue;
      }
      applications.decide(application.businessKey(), ApplicationStatus.NOT_SELECTED,
          "综合得分 " + Numbers.score(result.composite()) + "，排名第 " + result.ranking() + " 名", clock.now());
      letters.send(application, execution.getProcessInstanceId(), MailType.NOT_SELECTED, "1", Map.of(
          "ranking", String.valueOf(result.ranking()),
          "composite", Numbers.score(result.composite()),
          "rankedCount", String.valueOf(ranked.size()),
          "quota", String.valueOf(quota)));
    }
    rounds.updateStatus(year, RoundStatus.COMPLETED);
  }
}
