package cn.wast.capacity.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application form opens with what the system knows (the round's year, the contact person)
 * and says at the top, before anything is typed, whether it can be submitted: an open window,
 * the board resolution uploaded. The submission is still checked as ever.
 */
class ApplicationPrefillTest extends IntakeTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SOCIETY = "WHDJ";
  private final String user = DemoUsers.userOf(SOCIETY);

  @Autowired SocietyRegistry societies;

  @Test
  @DisplayName("R-APP-1 R-APP-2: the year and the registry's address are filled in; a missing resolution is said at the top, then the uploaded file")
  void formKnowsYearContactsAndUpload() throws Exception {
    openRound();
    JsonNode form = startFormAs(user);
    assertThat(field(form, "roundYear").path("defaultValue").asInt()).isEqualTo(year());
    assertThat(field(form, "contactEmail").path("defaultValue").asText())
        .isEqualTo(societies.findByCode(SOCIETY).orElseThrow().contactEmail());
    String status = form.get("components").get(1).get("text").asText();
    assertThat(status).contains(societies.findByCode(SOCIETY).orElseThrow().name())
        .contains("尚未上传理事会（常务理事会）决议文件").contains("/documents");

    uploadBoardResolution(SOCIETY);
    assertThat(startFormAs(user).get("components").get(1).get("text").asText())
        .contains("已上传").contains("理事会决议\\.pdf").doesNotContain("尚未上传"); // as Markdown: literal text

    // over the webapps' API, as Tasklist fetches it
    WebappSession session = WebappSession.login(port, user, "demo");
    String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey("application")
        .latestVersion().singleResult().getId();
    WebappSession.Response tasklist = session.get(
        "/camunda/api/engine/engine/default/process-definition/" + id + "/deployed-start-form");
    assertThat(tasklist.status()).isEqualTo(200);
    assertThat(tasklist.text()).contains("已上传：理事会（常务理事会）决议：理事会决议", "\"defaultValue\" : " + year());

    // the office's view of the same form is the form as deployed
    assertThat(startFormAs(OFFICE).get("components").get(1).has("text")).isFalse();
  }

  @Test
  @DisplayName("R-APP-1: the contact person of the society's last application is filled in; a second application is said at once")
  void contactsOfTheLastApplication() throws Exception {
    openRound();
    uploadBoardResolution(SOCIETY);
    Map<String, Object> typed = new HashMap<>(applicationForm());
    typed.put("contactName", "李红");
    typed.put("contactPhone", "027-86660000");
    apply(SOCIETY, typed);

    JsonNode form = startFormAs(user);
    assertThat(field(form, "contactName").path("defaultValue").asText()).isEqualTo("李红");
    assertThat(field(form, "contactPhone").path("defaultValue").asText()).isEqualTo("027-86660000");
    assertThat(form.get("components").get(1).get("text").asText()).contains("本学会已提交 " + year() + " 年度申报");

    String draft = WebappSession.login(port, user, "demo")
        .get("/society/" + SOCIETY + "/drafts/" + year() + "/application").text();
    assertThat(draft).contains("value=\"027-86660000\"");
  }

  @Test
  @DisplayName("R-CALL-1: after the window closed the form says so at the top and fills in no year")
  void closedWindowIsSaidFirst() throws Exception {
    openRound();
    setClock(applicationDeadline().plusDays(1), LocalTime.of(9, 0));
    JsonNode form = startFormAs(user);
    assertThat(form.get("components").get(1).get("text").asText()).contains("当前没有开放的申报");
    assertThat(field(form, "roundYear").has("defaultValue")).isFalse();
  }

  private JsonNode startFormAs(String userId) throws Exception {
    String id = repositoryService.createProcessDefinitionQuery().processDefinitionKey("application")
        .latestVersion().singleResult().getId();
    try (InputStream form = as(userId, () -> formService.getDeployedStartForm(id))) {
      return JSON.readTree(form);
    }
  }

  private static JsonNode field(JsonNode node, String key) {
    for (JsonNode component : node.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      JsonNode inner = field(component, key);
      if (!inner.isMissingNode()) {
        return inner;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }
}
