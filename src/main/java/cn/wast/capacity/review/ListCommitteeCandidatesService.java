package cn.wast.capacity.review;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.round.RoundVariables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: lays out what the office chooses the committee from: the active experts of the pool
 * who are users of group {@code experts}, the default number per application from
 * configuration, and the accepted applications.
 */
@Component("listCommitteeCandidatesService")
class ListCommitteeCandidatesService implements JavaDelegate {

  private final CommitteeCandidates candidates;
  private final Applications applications;
  private final ReviewProperties review;

  ListCommitteeCandidatesService(CommitteeCandidates candidates, Applications applications,
      ReviewProperties review) {
    this.candidates = candidates;
    this.applications = applications;
    this.review = review;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    execution.setVariable(RoundVariables.EXPERT_OPTIONS, candidates.options());
    execution.setVariable(RoundVariables.EXPERTS_PER_APPLICATION, review.expertsPerApplication());
    Map<String, String> names = applications.societyNamesByKey(year);
    execution.setVariable(RoundVariables.ACCEPTED_APPLICATIONS_TEXT, Markdown.fitting("", applications.findByRound(year).stream()
        .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
        .map(a -> "- " + Markdown.escape(names.get(a.businessKey())) + "（" + a.businessKey() + "）")
        .toList(), omitted -> "\n\n其余 " + omitted + " 家从略。"));
  }
}
