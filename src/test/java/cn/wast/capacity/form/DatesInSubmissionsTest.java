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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dates as the server takes them from any client: the notations a Chinese user writes are
 * stored the one way the processes read them (2026-12-10); an unclear order or an impossible
 * day is refused with a Chinese reason that names the field, and nothing is stored.
 */
class DatesInSubmissionsTest extends IntakeTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final String society = DemoSocieties.ELIGIBLE.get(0);

  @Test
  @DisplayName("The office's round opened with 年月日 and slashes stores both deadlines as YYYY-MM-DD, and the call states them")
  void roundDatesAreStoredNormalised() {
    Map<String, Object> form = new java.util.HashMap<>(roundForm());
    form.put("applicationDeadline", year() + "年3月31日");
    form.put("formalReviewDeadline", year() + "/4/30");
    ProcessInstance round = openRound(form);

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(round.getId())
        .variableName("applicationDeadline").singleResult().getValue()).isEqualTo(year() + "-03-31");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(round.getId())
        .variableName("formalReviewDeadline").singleResult().getValue()).isEqualTo(year() + "-04-30");
  }

  @Test
  @DisplayName("Over REST, an application whose meeting date has an unclear order or no such day is a Chinese 400 naming 会议日期; 2026.2.20 starts it, stored as 2026-02-20")
  void applicationDatesOverRest() {
    openRound();
    uploadBoardResolution(society);
    WebappSession rest = WebappSession.anonymous(port).withBasicAuth(DemoUsers.userOf(society), "demo");

    Response unclear = rest.sendJson("POST", "/engine-rest/process-definition/key/application/submit-form",
        submission("20/02/" + year()).toString());
    assertThat(unclear.status()).isEqualTo(400);
    assertThat(message(unclear)).startsWith("提交未成功：")
        .contains("“会议日期”：“20/02/" + year() + "”看不出年、月、日的次序", "例如 2026-12-10");

    Response impossible = rest.sendJson("POST", "/engine-rest/process-definition/key/application/submit-form",
        submission(year() + "-02-30").toString());
    assertThat(impossible.status()).isEqualTo(400);
    assertThat(message(impossible)).contains("“会议日期”：" + year() + "年2月没有30日");
    assertThat(instancesOf("application")).isZero();
    assertThat(rows("application")).isZero();

    Response started = rest.sendJson("POST", "/engine-rest/process-definition/key/application/submit-form",
        submission(year() + ".2.20").toString());
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    String instanceId = JSON.valueToTree(read(started)).path("id").asText();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("boardMeetingDate").singleResult().getValue()).isEqualTo(year() + "-02-20");
  }

  private static Object read(Response answer) {
    try {
      return JSON.readTree(answer.text());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + answer.text(), e);
    }
  }

  private static String message(Response answer) {
    return ((com.fasterxml.jackson.databind.JsonNode) read(answer)).path("message").asText();
  }

  /** The application form as Tasklist submits it, with the meeting date as typed. */
  private ObjectNode submission(String meetingDate) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    for (Map.Entry<String, Object> field : applicationForm().entrySet()) {
      variables.putObject(field.getKey()).set("value", JSON.valueToTree(field.getValue()));
    }
    variables.putObject("boardMeetingDate").put("value", meetingDate);
    return body;
  }
}
