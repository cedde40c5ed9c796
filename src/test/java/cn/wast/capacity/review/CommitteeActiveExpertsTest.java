package cn.wast.capacity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.experts.Experts;
import cn.wast.capacity.support.ReviewTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-REV-2: the committee form offers only the pool's active experts and the server refuses a
 * deactivated one; an expert deactivated after the committee was formed keeps their seats.
 */
class CommitteeActiveExpertsTest extends ReviewTestBase {

  @Autowired Experts experts;

  @AfterEach
  void everyDemoExpertActiveAgain() {
    EXPERTS.forEach(id -> setActive(id, true));
  }

  private void setActive(String userId, boolean active) {
    Expert e = experts.find(userId).orElseThrow();
    experts.update(new Expert(e.userId(), e.name(), e.title(), e.organisation(), e.fields(), e.email(), e.phone(), active));
  }

  private String options(Task task) {
    return as(OFFICE, () -> taskService.getVariable(task.getId(), "expertOptions").toString());
  }

  private static Map<String, Object> committee(List<String> experts, int perApplication) {
    Map<String, Object> form = new HashMap<>();
    form.put("committeeExperts", experts);
    form.put("expertsPerApplication", perApplication);
    return form;
  }

  @Test
  @DisplayName("R-REV-2: a deactivated expert is not among the committee form's choices, and choosing them anyway is refused in Chinese")
  void deactivatedExpertIsNotOffered() {
    setActive("expert6", false);
    ProcessInstance round = roundWithAccepted(List.of("WHJX"));
    Task task = officeTask(round, "FormCommittee");

    assertThat(options(task)).contains("\"expert1\"", "\"expert5\"").doesNotContain("\"expert6\"", "刘洋");

    assertThatThrownBy(() -> claimAndComplete(OFFICE, task, committee(EXPERTS, 3)))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("以下专家已在专家库中停用，不能选入评审委员会：expert6");
    assertThat(round).isWaitingAt("FormCommittee");

    claimAndComplete(OFFICE, task, committee(EXPERTS.subList(0, 5), 3));
    executeDueJobs();
    assertThat(jdbc.queryForList("SELECT expert_id FROM review_committee_member ORDER BY expert_id", String.class))
        .containsExactly("expert1", "expert2", "expert3", "expert4", "expert5");
  }

  @Test
  @DisplayName("R-REV-2: an expert deactivated while the round waits is gone from the choices once the office claims the task")
  void choicesAreThePoolAsItIsWhenClaimed() {
    ProcessInstance round = roundWithAccepted(List.of("WHJX"));
    Task task = officeTask(round, "FormCommittee");
    assertThat(options(task)).contains("\"expert5\"");

    setActive("expert5", false);
    as(OFFICE, () -> taskService.claim(task.getId(), OFFICE));

    assertThat(options(task)).contains("\"expert4\"").doesNotContain("\"expert5\"");
  }

  @Test
  @DisplayName("R-REV-2: an expert deactivated after the committee was formed stays on it with their scoring tasks")
  void deactivatedMemberKeepsTheirSeats() {
    ProcessInstance round = roundWithAccepted(List.of("WHJX", "WHJSJ"));
    formCommittee(round, EXPERTS, 3);
    List<Task> before = scoringTasks("expert5");
    assertThat(before).isNotEmpty();

    setActive("expert5", false);

    assertThat(scoringTasks("expert5")).extracting(Task::getId)
        .containsExactlyInAnyOrderElementsOf(before.stream().map(Task::getId).toList());
    assertThat(jdbc.queryForList("SELECT expert_id FROM review_committee_member", String.class)).contains("expert5");
  }
}
