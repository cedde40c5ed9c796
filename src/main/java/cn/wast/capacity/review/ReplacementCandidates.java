package cn.wast.capacity.review;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.experts.Experts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: who may take over a seat: never an expert affiliated with the society, nor one who is
 * or was on the same application. The automatic replacement after a recusal comes from the
 * round's committee, least loaded first; the office, deciding a missing score, may also call
 * any other expert of the expert database.
 */
@Component
class ReplacementCandidates {

  private final ReviewAssignments assignments;
  private final ReviewCommittees committees;
  private final CommitteeCandidates candidates;
  private final Experts experts;
  private final ReviewProperties review;
  private final ProgrammeClock clock;

  ReplacementCandidates(ReviewAssignments assignments, ReviewCommittees committees,
      CommitteeCandidates candidates, Experts experts, ReviewProperties review, ProgrammeClock clock) {
    this.assignments = assignments;
    this.committees = committees;
    this.candidates = candidates;
    this.experts = experts;
    this.review = review;
    this.clock = clock;
  }

  /** The committee member who takes over automatically, if any is free of ties to it. */
  Optional<String> automatic(Application application) {
    List<ExpertAssignment.Expert> committee = ExpertAssignment.experts(
        committees.members(application.roundYear()), experts.allAffiliations(), clock.today(),
        review.formerOfficerLookBack());
    List<ReviewAssignment> round = assignments.findByRound(application.roundYear());
    Map<String, List<String>> load = new HashMap<>();
    round.stream()
        .filter(a -> a.status() == AssignmentStatus.ASSIGNED || a.status() == AssignmentStatus.SCORED)
        .forEach(a -> load.computeIfAbsent(a.applicationKey(), k -> new ArrayList<>()).add(a.expertId()));
    // Everyone ever on this application is out, including those who stepped aside before.
    load.put(application.businessKey(), everOn(application.businessKey()));
    return ExpertAssignment.replacement(committee, load,
        new ExpertAssignment.Application(application.businessKey(), application.societyCode()), "");
  }

  /** Every expert the office may name for the seat, by id. */
  List<Expert> forOffice(Application application) {
    List<String> out = everOn(application.businessKey());
    Set<String> allowed = ExpertAssignment.experts(candidates.availableIds(), experts.allAffiliations(), clock.today(),
            review.formerOfficerLookBack())
        .stream()
        .filter(e -> !e.affiliatedSocieties().contains(application.societyCode()))
        .map(ExpertAssignment.Expert::id)
        .filter(id -> !out.contains(id))
        .collect(Collectors.toSet());
    return experts.findAll().stream().filter(e -> allowed.contains(e.userId())).toList();
  }

  private List<String> everOn(String applicationKey) {
    return assignments.findByApplication(applicationKey).stream().map(ReviewAssignment::expertId).distinct().toList();
  }
}
