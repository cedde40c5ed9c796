package cn.wast.capacity.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-CHK-1: the society's report submitted exactly as Tasklist's Camunda Forms send it: the
 * prefilled 考核指标进展 list goes back with the type and value info Tasklist read
 * ({@code deserializeValues=false}) and its value as JSON text, a new list as {@code Json}.
 */
class ReportAsTasklistSendsItTest extends CheckTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Test
  @DisplayName("R-CHK-1: a mid-term report sent as Tasklist sends it is taken: 204, the check recorded, no English error")
  void theReportAsTasklistSendsIt() throws Exception {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    Task task = societyTask();
    WebappSession society = WebappSession.anonymous(port).withBasicAuth(DemoUsers.userOf(SOCIETY), "demo");
    JsonNode shown = JSON.readTree(society.sendJson("GET",
        "/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false", null).text());
    JsonNode progress = shown.get("progress");

    Map<String, Object> materials = materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001")));
    ObjectNode variables = JSON.createObjectNode();
    ObjectNode sentProgress = variables.putObject("progress");
    sentProgress.put("type", progress.get("type").asText());
    sentProgress.set("valueInfo", progress.get("valueInfo"));
    sentProgress.put("value", JSON.writeValueAsString(materials.get("progress")));
    ObjectNode ledger = variables.putObject("ledger");
    ledger.put("type", "Json");
    ledger.putNull("valueInfo");
    ledger.put("value", JSON.writeValueAsString(materials.get("ledger")));
    variables.putObject("separateAccounts").put("value", true);
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);

    Response submitted = society.sendJson("POST", "/engine-rest/task/" + task.getId() + "/submit-form",
        JSON.writeValueAsString(body));

    assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM)).isPresent();
    assertThat(implementation).isWaitingAt("ReviewMidTerm");
  }

  @Test
  @DisplayName("A list sent as a serialised Java object (never what a form sends) is a Chinese 400 naming the list, not an English error")
  void aListSentAsASerialisedObjectIsRefusedInWords() throws Exception {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    Task task = societyTask();
    WebappSession society = WebappSession.anonymous(port).withBasicAuth(DemoUsers.userOf(SOCIETY), "demo");
    Map<String, Object> materials = materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001")));
    ObjectNode variables = JSON.createObjectNode();
    ObjectNode progress = variables.putObject("progress");
    progress.put("type", "Object");
    progress.putObject("valueInfo").put("serializationDataFormat", "application/json")
        .put("objectTypeName", "java.util.ArrayList");
    progress.put("value", JSON.writeValueAsString(materials.get("progress")));
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);

    Response refused = society.sendJson("POST", "/engine-rest/task/" + task.getId() + "/submit-form",
        JSON.writeValueAsString(body));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("“考核指标进展”的内容不是表单提交的格式").doesNotContain("deserialized");
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM)).isEmpty();
    assertThat(implementation).isWaitingAt("SubmitMidTermReport");
  }
}
