package cn.wast.capacity.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.WebappSession;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The auditors (审计) read everything the engine keeps about the programme, finished and running,
 * and change nothing: no task, no start, no variable, no deletion, no admin. Over the REST API,
 * as a client would call it with the auditor's login.
 */
class AuditorAccessTest extends IntakeTestBase {

  private static final String AUDITOR = "auditor1";

  @Autowired TestRestTemplate rest;
  private ProcessInstance application;
  private ProcessInstance finished;

  /** One application waiting for formal review, and one refused and finished. */
  @BeforeEach
  void applicationsRunningAndFinished() {
    openRound();
    uploadBoardResolution("WHDJ");
    application = apply("WHDJ");
    uploadBoardResolution("WHQC");
    finished = apply("WHQC");
    executeDueJobs();
  }

  private TestRestTemplate auditor() {
    return rest.withBasicAuth(AUDITOR, "demo");
  }

  private List<Map<String, Object>> list(String path) {
    ResponseEntity<List<Map<String, Object>>> response = auditor().exchange(path, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {});
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  private int status(HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return auditor().exchange(path, method, new HttpEntity<>(json, headers), String.class).getStatusCode().value();
  }

  @Test
  @DisplayName("Auditors read history, definitions and deployments of every instance, finished or running")
  void readsEverything() {
    assertThat(list("/engine-rest/history/process-instance?processDefinitionKey=application"))
        .extracting(h -> h.get("id")).contains(application.getId(), finished.getId());
    assertThat(list("/engine-rest/history/process-instance?processInstanceId=" + finished.getId()))
        .singleElement().satisfies(h -> assertThat(h.get("state")).isEqualTo("COMPLETED"));
    assertThat(list("/engine-rest/history/activity-instance?processInstanceId=" + finished.getId()))
        .extracting(a -> a.get("activityId")).contains("ApplicationSubmitted", "ApplicationNotAccepted");
    assertThat(list("/engine-rest/history/variable-instance?processInstanceId=" + finished.getId()))
        .extracting(v -> v.get("name")).contains("societyCode", "contactName");
    assertThat(list("/engine-rest/history/user-operation?processInstanceId=" + application.getId())).isNotNull();
    assertThat(list("/engine-rest/process-definition")).extracting(d -> d.get("key"))
        .contains("round", "review", "application", "objection", "implementation", "disqualification");
    assertThat(list("/engine-rest/deployment")).isNotEmpty();
  }

  @Test
  @DisplayName("Auditors work no task and change nothing: start, complete, variables, deletion and admin are refused")
  void changesNothing() {
    assertThat(list("/engine-rest/task")).isEmpty();
    String formalReview = singleTask(OFFICE, application.getId()).getId();
    assertThat(status(HttpMethod.POST, "/engine-rest/task/" + formalReview + "/claim", "{\"userId\":\"auditor1\"}"))
        .isIn(403, 404);
    assertThat(status(HttpMethod.POST, "/engine-rest/task/" + formalReview + "/complete", "{}")).isIn(403, 404);
    assertThat(status(HttpMethod.POST, "/engine-rest/process-definition/key/round/start", "{}")).isEqualTo(403);
    assertThat(status(HttpMethod.PUT, "/engine-rest/process-instance/" + application.getId() + "/variables/societyCode",
        "{\"value\":\"WHQC\",\"type\":\"String\"}")).isIn(403, 404);
    assertThat(status(HttpMethod.DELETE, "/engine-rest/process-instance/" + application.getId(), null)).isIn(403, 404);
    assertThat(status(HttpMethod.DELETE, "/engine-rest/history/process-instance/" + finished.getId(), null))
        .isEqualTo(403);
    assertThat(status(HttpMethod.POST, "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Outside-Pass-2026\"}}")).isEqualTo(403);
    assertThat(status(HttpMethod.POST, "/engine-rest/authorization/create",
        "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"auditor1\",\"resourceType\":0,\"resourceId\":\"*\"}"))
        .isEqualTo(403);

    assertThat(singleTask(OFFICE, application.getId()).getAssignee()).isNull();
    assertThat(runtimeService.getVariable(application.getId(), "societyCode")).isEqualTo("WHDJ");
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(finished.getId()).count()).isOne();
  }

  @Test
  @DisplayName("History stays ten years (configured) for every process, and is cleaned up only in the nightly window")
  void historyIsKeptForYears() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P3650D");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    for (String process : List.of("round", "review", "application", "objection", "implementation", "disqualification",
        "recovery")) {
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(process).latestVersion()
          .singleResult().getHistoryTimeToLive()).as(process).isEqualTo(3650);
    }
  }

  @Test
  @DisplayName("Auditors open Cockpit, not Tasklist and not Admin")
  void cockpitOnly() {
    assertThat(WebappSession.anonymous(port).tryLogin(AUDITOR, "demo", "cockpit").status()).isEqualTo(200);
    assertThat(WebappSession.anonymous(port).tryLogin(AUDITOR, "demo", "tasklist").status()).isEqualTo(403);
    assertThat(WebappSession.anonymous(port).tryLogin(AUDITOR, "demo", "admin").status()).isEqualTo(403);
  }
}
