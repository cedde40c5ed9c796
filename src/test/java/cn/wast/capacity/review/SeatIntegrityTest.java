package cn.wast.capacity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-REV-2, R-EVAL-1: an expert's submission lands in the expert's own seat and nowhere else,
 * whatever names it carries beside the score form's fields.
 */
class SeatIntegrityTest extends ReviewTestBase {

  private static final String ATTACKER = "expert1";
  /** expert1 is affiliated with WHJX and so never sits on its review. */
  private static final String BARRED = "WHJX";

  @Autowired ReviewAssignments assignments;

  @Test
  @DisplayName("R-REV-2: a score submitted with another seat's application and number is refused, and that seat's expert still scores it")
  void seatIdentityCannotBeSubmitted() {
    String barredKey = applicationKey(BARRED);
    Task own = attackersTaskInFormedCommittee();
    String ownKey = applicationOf(ATTACKER, own);
    ReviewAssignment victim = assignments.findByApplication(barredKey).get(0);

    Map<String, Object> attack = scores(100);
    attack.put("scoreComment", "满分，理由充分。");
    attack.put("seatApplicationKey", barredKey);
    attack.put("seatNumber", victim.seat());
    attack.put("weightedTotal", 100);
    assertThatThrownBy(() -> score(ATTACKER, own, attack))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("表单上没有的项")
        .hasMessageContaining("seatApplicationKey").hasMessageContaining("seatNumber").hasMessageContaining("weightedTotal");

    assertThat(assignments.findByApplication(barredKey)).allMatch(a -> a.status() == AssignmentStatus.ASSIGNED);
    assertThat(assignments.findByApplication(ownKey)).filteredOn(a -> a.expertId().equals(ATTACKER))
        .allMatch(a -> a.status() == AssignmentStatus.ASSIGNED);
    assertThat(taskService.createTaskQuery().taskId(own.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(reviewOf(ownKey).getId(), "weightedTotal")).isNull();
    assertThat(applicationOf(ATTACKER, own)).isEqualTo(ownKey);

    // The seat's own expert scores it, and the score is theirs.
    score(victim.expertId(), scoringTask(victim.expertId(), barredKey), scores(61));
    assertThat(assignments.find(victim.id()).orElseThrow())
        .satisfies(a -> assertThat(a.status()).isEqualTo(AssignmentStatus.SCORED))
        .satisfies(a -> assertThat(a.weightedTotal()).isEqualByComparingTo("61"));
    assertThat(assignments.findByApplication(barredKey)).noneMatch(a -> a.expertId().equals(ATTACKER));
  }

  @Test
  @DisplayName("R-REV-2: through the REST API as Tasklist sends it, another seat's identity is a Chinese 400 and writing a seat variable directly is 403")
  void seatIdentityCannotBeSentOverRest() {
    String barredKey = applicationKey(BARRED);
    Task own = attackersTaskInFormedCommittee();
    String ownKey = applicationOf(ATTACKER, own);
    WebappSession expert = WebappSession.anonymous(port).withBasicAuth(ATTACKER, "demo");

    Response submitted = expert.sendJson("POST", "/engine-rest/task/" + own.getId() + "/submit-form", """
        {"variables": {
          "scoreC1": {"value": 100}, "scoreC2": {"value": 100}, "scoreC3": {"value": 100}, "scoreC4": {"value": 100},
          "scoreComment": {"value": "满分，理由充分。"}, "conflictDeclared": {"value": false},
          "seatApplicationKey": {"value": "%s"}, "seatNumber": {"value": 1}}}
        """.formatted(barredKey));
    assertThat(submitted.status()).isEqualTo(400);
    assertThat(submitted.text()).contains("表单上没有的项", "seatApplicationKey", "seatNumber");

    Response overwritten = expert.sendJson("PUT", "/engine-rest/task/" + own.getId() + "/variables/seatNumber",
        "{\"value\": 1, \"type\": \"Integer\"}");
    assertThat(overwritten.status()).isEqualTo(403);
    assertThat(overwritten.text()).contains("只能通过任务表单提交数据");
    Response local = expert.sendJson("POST", "/engine-rest/task/" + own.getId() + "/localVariables",
        "{\"modifications\": {\"weightedTotal\": {\"value\": 100}}}");
    assertThat(local.status()).isEqualTo(403);

    assertThat(assignments.findByApplication(barredKey)).allMatch(a -> a.status() == AssignmentStatus.ASSIGNED);
    assertThat(applicationOf(ATTACKER, own)).isEqualTo(ownKey);

    // The form's own fields, as Tasklist sends them, are accepted and land in the expert's seat.
    Response fair = expert.sendJson("POST", "/engine-rest/task/" + own.getId() + "/submit-form", """
        {"variables": {
          "scoreC1": {"value": 80}, "scoreC2": {"value": 80}, "scoreC3": {"value": 80}, "scoreC4": {"value": 80},
          "scoreComment": {"value": "材料翔实。"}, "conflictDeclared": {"value": false}}}
        """);
    assertThat(fair.status()).isEqualTo(204);
    assertThat(assignments.findByApplication(ownKey)).filteredOn(a -> a.expertId().equals(ATTACKER))
        .singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AssignmentStatus.SCORED));
  }

  /** The committee formed for every eligible application; one of the attacker's own scoring tasks. */
  private Task attackersTaskInFormedCommittee() {
    formCommittee(roundWithAllEligibleAccepted(), EXPERTS, 5);
    return scoringTasks(ATTACKER).get(0);
  }
}
