package cn.wast.capacity.ranking;

import cn.wast.capacity.FormOptions;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.review.ReviewAssignments;
import cn.wast.capacity.review.ReviewResult;
import cn.wast.capacity.review.ReviewResults;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.society.SocietyRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-EVAL-1: once every seat is settled, each application's composite score and the ranking
 * under the quota. A tie across the quota boundary is laid out for the office, never broken here.
 */
@Component("rankApplicationsService")
class RankApplicationsService implements JavaDelegate {

  private final ReviewAssignments assignments;
  private final ReviewResults results;
  private final Applications applications;
  private final SocietyRegistry societies;
  private final ProgrammeClock clock;

  RankApplicationsService(ReviewAssignments assignments, ReviewResults results, Applications applications,
      SocietyRegistry societies, ProgrammeClock clock) {
    this.clock = clock;
    this.assignments = assignments;
    this.results = results;
    this.applications = applications;
    this.societies = societies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    int quota = RoundVariables.quota(execution);
    // R-SUP-1: an application withdrawn on revocation during its review is not ranked, whatever was scored.
    Set<String> withdrawn = applications.findByRound(year).stream()
        .filter(a -> a.status() == ApplicationStatus.WITHDRAWN_ON_REVOCATION).map(a -> a.businessKey())
        .collect(Collectors.toSet());
    Map<String, List<BigDecimal>> totals = assignments.weightedTotalsByApplication(year);
    totals.keySet().removeAll(withdrawn);
    List<Ranking.Ranked> scored = totals.entrySet().stream()
        .map(e -> new Ranking.Ranked(e.getKey(), CompositeScore.of(e.getValue())))
        .toList();
    Ranking ranking = Ranking.of(scored, quota);
    Set<String> proposed = ranking.proposed().stream().map(Ranking.Ranked::applicationKey).collect(Collectors.toSet());
    for (Ranking.Ranked ranked : ranking.ordered()) {
      int rank = 1 + (int) ranking.ordered().stream().filter(r -> r.composite().compareTo(ranked.composite()) > 0).count();
      results.insert(new ReviewResult(ranked.applicationKey(), year, ranked.composite(), rank,
          totals.get(ranked.applicationKey()).size(), proposed.contains(ranked.applicationKey()), null));
      applications.moveTo(ranked.applicationKey(), ApplicationStatus.RANKED);
    }
    // Every seat of these was withdrawn: there is no score to rank them by.
    applications.findByRound(year).stream()
        .filter(a -> a.status() == ApplicationStatus.UNDER_EXPERT_REVIEW && !totals.containsKey(a.businessKey()))
        .forEach(a -> applications.decide(a.businessKey(), ApplicationStatus.NOT_SELECTED,
            "所有评审席位均已撤销，没有有效评分", clock.now()));
    execution.setVariable(RoundVariables.RANKED_COUNT, ranking.ordered().size());
    execution.setVariable(RoundVariables.BOUNDARY_TIE, ranking.boundaryTie().isPresent());
    ranking.boundaryTie().ifPresent(tie -> {
      execution.setVariable(RoundVariables.TIE_PLACES_LEFT, tie.placesLeft());
      execution.setVariable(RoundVariables.TIE_COMPOSITE, Numbers.score(tie.composite()));
      execution.setVariable(RoundVariables.TIE_OPTIONS, FormOptions.of(tie.tied().stream()
          .map(r -> new FormOptions.Option(label(r, societyName(r)), r.applicationKey()))
          .toList()));
      execution.setVariable(RoundVariables.TIE_TEXT, tie.tied().stream()
          .map(r -> "- " + label(r, Markdown.escape(societyName(r))))
          .collect(Collectors.joining("\n")));
    });
  }

  private String societyName(Ranking.Ranked ranked) {
    String code = applications.find(ranked.applicationKey()).orElseThrow().societyCode();
    return societies.findByCode(code).orElseThrow().name();
  }

  private static String label(Ranking.Ranked ranked, String societyName) {
    return societyName + "（" + ranked.applicationKey() + "，综合得分 " + Numbers.score(ranked.composite()) + "）";
  }
}
