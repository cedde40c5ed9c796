package cn.wast.capacity.review;

import cn.wast.capacity.FormOptions;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: lays out what the office chooses the committee from: the experts in the expert
 * database who are users of group {@code experts}, the default number per application from
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
    int year = ((Number) execution.getVariable("roundYear")).intValue();
    List<FormOptions.Option> options = candidates.available().stream()
        .map(e -> new FormOptions.Option(e.label(), e.userId()))
        .toList();
    execution.setVariable("expertOptions", FormOptions.of(options));
    execution.setVariable("expertsPerApplication", review.expertsPerApplication());
    Map<String, String> names = applications.societyNamesByKey(year);
    execution.setVariable("acceptedApplicationsText", Markdown.fitting("", applications.findByRound(year).stream()
        .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
        .map(a -> "- " + Markdown.escape(names.get(a.businessKey())) + "（" + a.businessKey() + "）")
        .toList(), omitted -> "\n\n其余 " + omitted + " 家从略。"));
  }
}
