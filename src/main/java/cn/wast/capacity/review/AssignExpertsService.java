package cn.wast.capacity.review;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.experts.Experts;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.round.Rounds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: forms the committee the office chose and puts its experts on the accepted
 * applications, one seat each, each application to be reviewed in its own 申报专家评审; every
 * expert gets one mail listing their applications and the deadline (the end of the day the
 * configured scoring period leads to).
 */
@Component("assignExpertsService")
class AssignExpertsService implements JavaDelegate {

  private final CommitteePlan plan;
  private final ReviewCommittees committees;
  private final ReviewAssignments assignments;
  private final Experts experts;
  private final Applications applications;
  private final Rounds rounds;
  private final ExpertLetters letters;
  private final ReviewProperties review;
  private final ProgrammeClock clock;

  AssignExpertsService(CommitteePlan plan, ReviewCommittees committees, ReviewAssignments assignments,
      Experts experts, Applications applications, Rounds rounds,
      ExpertLetters letters, ReviewProperties review, ProgrammeClock clock) {
    this.plan = plan;
    this.committees = committees;
    this.assignments = assignments;
    this.experts = experts;
    this.applications = applications;
    this.rounds = rounds;
    this.letters = letters;
    this.review = review;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    CommitteeForm form = CommitteeForm.read(FormValues.of(execution));
    Map<String, List<String>> plannedSeats = plan.assign(form, year);
    Instant now = clock.now();
    Instant dueAt = clock.endOf(clock.today().plus(review.scoringPeriod()));
    committees.form(year, form.expertIds(), form.perApplication().orElseThrow(), dueAt,
        ActingUser.of(execution), now);

    Map<String, List<String>> byExpert = new LinkedHashMap<>();
    plannedSeats.forEach((applicationKey, expertIds) -> {
      for (int i = 0; i < expertIds.size(); i++) {
        assignments.assign(year, applicationKey, i + 1, expertIds.get(i), now, dueAt);
        byExpert.computeIfAbsent(expertIds.get(i), k -> new ArrayList<>()).add(applicationKey);
      }
      applications.moveTo(applicationKey, ApplicationStatus.UNDER_EXPERT_REVIEW);
    });
    String deadline = clock.deadline(dueAt);
    Map<String, String> names = applications.societyNamesByKey(year);
    byExpert.forEach((expertId, keys) -> letters.assigned(experts.find(expertId).orElseThrow(), year, "committee",
        keys.stream().map(key -> "- " + names.get(key) + "（申报编号 " + key + "）").collect(Collectors.joining("\n")),
        deadline,
        execution.getProcessInstanceId()));
    rounds.updateStatus(year, RoundStatus.EXPERT_REVIEW);
    execution.setVariable(RoundVariables.REVIEWED_APPLICATIONS, new ArrayList<>(plannedSeats.keySet()));
    execution.setVariable(RoundVariables.SCORING_DUE_TEXT, deadline);
  }
}
