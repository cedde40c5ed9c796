package cn.wast.capacity.formalreview;

import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.round.Rounds;
import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-1: at the formal-review deadline the round records which applications passed formal
 * review (the list expert review starts from) and how the others ended.
 */
@Component("recordFormalReviewResultsService")
class RecordFormalReviewResultsService implements JavaDelegate {

  private final Rounds rounds;
  private final Applications applications;

  RecordFormalReviewResultsService(Rounds rounds, Applications applications) {
    this.rounds = rounds;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    Map<ApplicationStatus, Long> counts = applications.countByStatus(year);
    // A list (stored as JSON) has no length limit; a round may accept a thousand applications.
    execution.setVariable(RoundVariables.ACCEPTED_APPLICATIONS, new ArrayList<>(applications.acceptedKeys(year)));
    execution.setVariable(RoundVariables.ACCEPTED_COUNT, counts.getOrDefault(ApplicationStatus.ACCEPTED, 0L));
    execution.setVariable(RoundVariables.APPLICATION_COUNT, counts.values().stream().mapToLong(Long::longValue).sum());
    execution.setVariable(RoundVariables.APPLICATIONS_BY_STATUS, counts.toString());
    rounds.updateStatus(year, RoundStatus.FORMAL_REVIEW_DONE);
  }
}
