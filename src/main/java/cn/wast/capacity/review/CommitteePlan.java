package cn.wast.capacity.review;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.experts.Experts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: the assignment a committee form leads to, for the round's accepted applications:
 * balanced, and with no expert on a society they are affiliated with on the day it is made.
 */
@Component
class CommitteePlan {

  private final CommitteeCandidates candidates;
  private final Experts experts;
  private final Applications applications;
  private final ReviewProperties review;
  private final ProgrammeClock clock;

  CommitteePlan(CommitteeCandidates candidates, Experts experts, Applications applications,
      ReviewProperties review, ProgrammeClock clock) {
    this.candidates = candidates;
    this.experts = experts;
    this.applications = applications;
    this.review = review;
    this.clock = clock;
  }

  /** Every problem with the form, in Chinese, including an assignment that cannot be made. */
  List<String> problems(CommitteeForm form, int year) {
    List<String> problems = new ArrayList<>(form.problems(candidates.availableIds(), candidates.deactivatedIds()));
    if (problems.isEmpty()) {
      try {
        assign(form, year);
      } catch (ExpertAssignment.NotEnoughExpertsException e) {
        problems.add(e.getMessage());
      }
    }
    return problems;
  }

  /** Application key to its experts' ids, seat 1 first. */
  Map<String, List<String>> assign(CommitteeForm form, int year) {
    List<ExpertAssignment.Application> accepted = applications.findByRound(year).stream()
        .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
        .map(a -> new ExpertAssignment.Application(a.businessKey(), a.societyCode()))
        .toList();
    return ExpertAssignment.assign(
        ExpertAssignment.experts(form.expertIds(), experts.allAffiliations(), clock.today(),
            review.formerOfficerLookBack()),
        accepted, form.perApplication().orElseThrow());
  }
}
