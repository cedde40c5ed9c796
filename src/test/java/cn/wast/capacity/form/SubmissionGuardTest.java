package cn.wast.capacity.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A society's application started over the REST API every way a client can: only the start
 * form's fields, as Tasklist sends them, start it; anything that steers the engine past the
 * form is refused and leaves nothing behind.
 */
class SubmissionGuardTest extends IntakeTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String society = DemoSocieties.ELIGIBLE.get(0);
  private WebappSession rest;

  @BeforeEach
  void roundIsOpenAndResolutionUploaded() {
    openRound();
    uploadBoardResolution(society);
    rest = WebappSession.anonymous(port).withBasicAuth(DemoUsers.userOf(society), "demo");
  }

  @Test
  @DisplayName("A start form carrying a name the form does not have is a Chinese 400 naming it; the same form without it starts the application")
  void startFormTakesOnlyItsFields() {
    ObjectNode body = submission();
    ((ObjectNode) body.get("variables")).putObject("applicationStatus").put("value", "ACCEPTED");
    Response refused = rest.sendJson("POST", "/engine-rest/process-definition/key/application/submit-form", body.toString());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(message(refused)).startsWith("提交未成功：").contains("表单上没有的项", "applicationStatus");
    assertThat(instancesOf("application")).isZero();
    assertThat(rows("application")).isZero();

    Response started = rest.sendJson("POST", "/engine-rest/process-definition/key/application/submit-form",
        submission().toString());
    assertThat(started.status()).isEqualTo(200);
    assertThat(rows("application")).isOne();
  }

  @Test
  @DisplayName("Starting past the start listeners, at another activity or under a business key of the user's choosing is refused")
  void startCannotSteerTheEngine() {
    // Camunda itself refuses to skip the listeners of a start at the start event (ENGINE-13024).
    ObjectNode skipping = submission().put("skipCustomListeners", true);
    assertThat(rest.sendJson("POST", "/engine-rest/process-definition/key/application/start", skipping.toString()).status())
        .isGreaterThanOrEqualTo(400);

    ObjectNode atFormalReview = submission();
    atFormalReview.putArray("startInstructions").addObject().put("type", "startBeforeActivity").put("activityId", "FormalReview");
    Response skipped = rest.sendJson("POST", "/engine-rest/process-definition/key/application/start", atFormalReview.toString());
    assertThat(skipped.status()).isEqualTo(403);
    assertThat(skipped.text()).contains("只能通过任务表单提交数据");

    ObjectNode keyed = submission().put("businessKey", "APP-" + year() + "-WHZZ");
    Response ownKey = rest.sendJson("POST", "/engine-rest/process-definition/key/application/submit-form", keyed.toString());
    assertThat(ownKey.status()).isEqualTo(400);
    assertThat(ownKey.text()).contains("业务编号由系统生成");

    assertThat(instancesOf("application")).isZero();
    assertThat(rows("application")).isZero();
    assertThat(rest.sendJson("POST", "/engine-rest/message",
        "{\"messageName\": \"anything\", \"processVariables\": {\"x\": {\"value\": 1}}}").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("A refusal reaches the user as the Chinese reasons only, a 400, on every way in: no engine words, no definition or task id")
  void refusalsCarryNoEngineWords() {
    ObjectNode byOtherBody = submission();
    ((ObjectNode) byOtherBody.get("variables")).putObject("boardBody").put("value", "SECRETARIAT");
    WebappSession tasklist = WebappSession.login(port, DemoUsers.userOf(society), "demo");
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("application")
        .latestVersion().singleResult().getId();
    for (Response refused : java.util.List.of(
        rest.sendJson("POST", "/engine-rest/process-definition/key/application/submit-form", byOtherBody.toString()),
        rest.sendJson("POST", "/engine-rest/process-definition/key/application/start", byOtherBody.toString()),
        tasklist.sendJson("POST", "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form",
            byOtherBody.toString()))) {
      assertThat(refused.status()).isEqualTo(400);
      assertThat(message(refused)).startsWith("提交未成功：").contains("其他机构的同意无效")
          .doesNotContain("Cannot", "ENGINE-", definitionId, "application:");
    }
    assertThat(instancesOf("application")).isZero();
  }

  private static String message(Response answer) {
    try {
      return JSON.readTree(answer.text()).path("message").asText();
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + answer.text(), e);
    }
  }

  /** The application form as Tasklist submits it: each field a value, untyped. */
  private ObjectNode submission() {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    for (Map.Entry<String, Object> field : applicationForm().entrySet()) {
      variables.putObject(field.getKey()).set("value", JSON.valueToTree(field.getValue()));
    }
    return body;
  }

  @Test
  @DisplayName("A start form the system did not ship (a process deployed over REST) is a Chinese 400, not a 500, and starts nothing")
  void formNotShippedIsRefusedInChinese() {
    String form = "{\"id\": \"outsider\", \"type\": \"default\", \"components\": [{\"type\": \"textfield\", "
        + "\"key\": \"note\", \"label\": \"备注\", \"id\": \"Field_note\"}]}";
    BpmnModelInstance model = Bpmn.createExecutableProcess("outsider").camundaHistoryTimeToLive(1)
        .startEvent().camundaFormRef("outsider-form").camundaFormRefBinding("deployment")
        .userTask("Work").camundaAssignee("admin").endEvent().done();
    String deployment = repositoryService.createDeployment().addModelInstance("outsider.bpmn", model)
        .addString("outsider-form.form", form.replace("\"id\": \"outsider\"", "\"id\": \"outsider-form\"")).deploy().getId();
    try {
      Response refused = WebappSession.anonymous(port).withBasicAuth("admin", "demo").sendJson("POST",
          "/engine-rest/process-definition/key/outsider/submit-form", "{\"variables\": {\"note\": {\"value\": \"x\"}}}");
      assertThat(refused.status()).isEqualTo(400);
      assertThat(message(refused)).contains("不是本系统发布的表单");
      assertThat(instancesOf("outsider")).isZero();
    } finally {
      repositoryService.deleteDeployment(deployment, true, true);
    }
  }
}
