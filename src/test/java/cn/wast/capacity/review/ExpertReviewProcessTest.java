package cn.wast.capacity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.ReviewTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The round process's expert review (专家评审): committee, assignment, scoring, recusal. */
class ExpertReviewProcessTest extends ReviewTestBase {

  @Autowired ReviewAssignments assignments;

  @Test
  @DisplayName("R-REV-2: the committee's experts are assigned evenly, never to a society they are affiliated with, each seeing only their own tasks")
  void committeeIsAssignedEvenlyWithoutAffiliatedExperts() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    assertThat(round).isWaitingAt("FormCommittee");

    formCommittee(round, EXPERTS, 5);

    List<ReviewAssignment> all = assignments.findByRound(year());
    assertThat(all).hasSize(DemoSocieties.ELIGIBLE.size() * 5);
    Map<String, Long> load = all.stream().collect(Collectors.groupingBy(ReviewAssignment::expertId, Collectors.counting()));
    assertThat(load.values()).allMatch(n -> n == 10L);
    assertThat(all).noneMatch(a -> a.expertId().equals("expert1") && a.applicationKey().equals(applicationKey("WHJX")));
    assertThat(all).noneMatch(a -> a.expertId().equals("expert2") && a.applicationKey().equals(applicationKey("WHJSJ")));
    assertThat(all).noneMatch(a -> a.expertId().equals("expert3") && a.applicationKey().equals(applicationKey("WHTJ")));
    assertThat(all).noneMatch(a -> a.expertId().equals("expert6") && a.applicationKey().equals(applicationKey("WHHX")));
    // The former officer whose look-back has passed may score the society.
    assertThat(all).anyMatch(a -> a.expertId().equals("expert4") && a.applicationKey().equals(applicationKey("WHDJ")));

    for (String expert : EXPERTS) {
      List<Task> tasks = scoringTasks(expert);
      assertThat(tasks).hasSize(10);
      Set<String> own = all.stream().filter(a -> a.expertId().equals(expert))
          .map(ReviewAssignment::applicationKey).collect(Collectors.toSet());
      assertThat(tasks.stream().map(t -> applicationOf(expert, t)).collect(Collectors.toSet())).isEqualTo(own);
      long visible = as(expert, () -> taskService.createTaskQuery().count());
      assertThat(visible).isEqualTo(10);
      assertThat(deliveredTo(expert + "@experts.example.cn"))
          .singleElement()
          .satisfies(m -> assertThat(body(m)).contains(own.toArray(String[]::new)));
    }
  }

  @Test
  @DisplayName("R-EVAL-1: all scored, the tie across the quota is the office's to break, then the ranking waits for confirmation")
  void scoringLeadsToRankingAndTie() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    formCommittee(round, EXPERTS, 5);
    Map<String, Double> base = bases();
    for (String expert : EXPERTS) {
      for (Task task : scoringTasks(expert)) {
        score(expert, task, scores(base.get(applicationOf(expert, task))));
      }
    }
    executeDueJobs();
    assertThat(round).isWaitingAt("BreakTie");
    Task tie = officeTask(round, "BreakTie");
    Map<String, Object> choice = new HashMap<>();
    choice.put("tieChosen", List.of(applicationKey("WHJS")));
    choice.put("tieReasons", "两家综合得分相同，武汉金属学会服务创新能力得分更突出。");
    claimAndComplete(OFFICE, tie, choice);
    assertThat(round).isWaitingAt("ConfirmProposedList");
  }

  /** Composite scores by design: four clearly ranked, then WHQX and WHJS tied across quota 5. */
  private Map<String, Double> bases() {
    List<String> order = List.of("WHJX", "WHJSJ", "WHTJ", "WHDJ", "WHQX", "WHJS", "WHHX", "WHLX", "WHSX", "WHYX", "WHFZ", "WHSW");
    double[] values = {90, 88, 86, 84, 80, 80, 78, 76, 74, 72, 70, 68};
    Map<String, Double> base = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      base.put(applicationKey(order.get(i)), values[i]);
    }
    return base;
  }
}
