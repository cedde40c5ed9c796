package cn.wast.capacity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.IntakeTestBase;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A society sees and works only its own applications, through the engine API and through the
 * REST API, by Camunda authorizations; the REST API needs a login; the admin set-up is closed.
 */
class SocietyIsolationTest extends IntakeTestBase {

  private static final String PASSWORD = "demo";

  @Autowired TestRestTemplate rest;

  private final String societyA = DemoSocieties.ELIGIBLE.get(0);
  private final String societyB = DemoSocieties.ELIGIBLE.get(1);
  private final String userA = DemoUsers.userOf(societyA);
  private final String userB = DemoUsers.userOf(societyB);
  private ProcessInstance applicationB;
  private Task correctionTaskB;

  /** Society B's application waits for B's correction, a task of B's group. */
  @BeforeEach
  void societyBHasATask() {
    applicationB = bothApplySecondAwaitsCorrection(societyA, societyB);
    correctionTaskB = singleTask(userB, applicationB.getId());
    assertThat(correctionTaskB).isNotNull();
  }

  @Test
  @DisplayName("Society A cannot see society B's task, its instance or its history")
  void otherSocietiesWorkIsInvisible() {
    as(userA, () -> {
      assertThat(taskService.createTaskQuery().processInstanceId(applicationB.getId()).count()).isZero();
      assertThat(taskService.createTaskQuery().list())
          .noneMatch(t -> t.getProcessInstanceId().equals(applicationB.getId()));
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(applicationB.getId()).count()).isZero();
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(applicationB.getId()).count()).isZero();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(applicationB.getId()).count()).isZero();
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(applicationB.getId()).count()).isZero();
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("application").list())
          .allMatch(h -> h.getBusinessKey().endsWith("-" + societyA));
    });
  }

  @Test
  @DisplayName("Society A cannot read society B's variables nor complete B's task")
  void otherSocietiesWorkCannotBeTouched() {
    assertThatThrownBy(() -> as(userA, () -> runtimeService.getVariables(applicationB.getId())))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as(userA, () -> taskService.getVariables(correctionTaskB.getId())))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as(userA, () -> taskService.claim(correctionTaskB.getId(), userA)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> as(userA, () -> formService.submitTaskForm(correctionTaskB.getId(), Map.of())))
        .isInstanceOf(AuthorizationException.class);
    // still B's own, as it was given to B's account when it was created
    assertThat(taskService.createTaskQuery().taskId(correctionTaskB.getId()).singleResult().getAssignee()).isEqualTo(userB);
  }

  @Test
  @DisplayName("Society B sees its own instance, variables, task and history")
  void ownWorkIsVisible() {
    as(userB, () -> {
      assertThat(runtimeService.getVariable(applicationB.getId(), "societyCode")).isEqualTo(societyB);
      assertThat(taskService.createTaskQuery().list()).extracting(Task::getId).containsExactly(correctionTaskB.getId());
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(applicationB.getId()).count()).isOne();
    });
  }

  @Test
  @DisplayName("REST without a login answers 401")
  void restNeedsALogin() {
    ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/process-instance/" + applicationB.getId() + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("REST as society A: no task, variables or history of society B")
  void restHonoursAuthorizations() {
    TestRestTemplate asA = rest.withBasicAuth(userA, PASSWORD);
    List<Map<String, Object>> tasks = asA.exchange("/engine-rest/task", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(tasks).noneMatch(t -> applicationB.getId().equals(t.get("processInstanceId")));

    ResponseEntity<String> variables =
        asA.getForEntity("/engine-rest/process-instance/" + applicationB.getId() + "/variables", String.class);
    assertThat(variables.getStatusCode().value()).isIn(403, 404);
    assertThat(variables.getBody()).doesNotContain(societyB + "\"");

    ResponseEntity<String> taskVariables =
        asA.getForEntity("/engine-rest/task/" + correctionTaskB.getId() + "/variables", String.class);
    assertThat(taskVariables.getStatusCode().value()).isIn(403, 404);

    List<Map<String, Object>> history = asA.exchange(
        "/engine-rest/history/process-instance?processInstanceId=" + applicationB.getId(), HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(history).isEmpty();
    List<Map<String, Object>> historicVariables = asA.exchange(
        "/engine-rest/history/variable-instance?processInstanceId=" + applicationB.getId(), HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(historicVariables).isEmpty();

    ResponseEntity<String> complete = asA.postForEntity(
        "/engine-rest/task/" + correctionTaskB.getId() + "/submit-form", Map.of("variables", Map.of()), String.class);
    assertThat(complete.getStatusCode().value()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(correctionTaskB.getId()).count()).isOne();
  }

  @Test
  @DisplayName("REST as society B: its own task is there")
  void restShowsOwnWork() {
    List<Map<String, Object>> tasks = rest.withBasicAuth(userB, PASSWORD).exchange("/engine-rest/task",
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody();
    assertThat(tasks).extracting(t -> t.get("id")).containsExactly(correctionTaskB.getId());
  }

  @Test
  @DisplayName("A wrong password gets 401")
  void wrongPasswordIsRefused() {
    // A wrong password locks its user for a while, so it is tried on a user of its own.
    org.camunda.bpm.engine.identity.User member = identityService.newUser("isolationwrongpw");
    member.setPassword("right-password");
    ((IdentityServiceImpl) identityService).saveUser(member, true); // a test password below the policy
    identityService.createMembership(member.getId(), Groups.SOCIETIES);
    try {
      assertThat(rest.withBasicAuth(member.getId(), "wrong").getForEntity("/engine-rest/task", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      identityService.deleteUser(member.getId());
    }
  }

  @Test
  @DisplayName("The webapps' first-admin set-up is closed even with no administrator")
  void adminSetupIsClosed() {
    List<String> admins = identityService.createUserQuery().memberOfGroup(Groups.ADMIN).list().stream()
        .map(u -> u.getId()).toList();
    admins.forEach(id -> identityService.deleteMembership(id, Groups.ADMIN));
    try {
      ResponseEntity<String> response = rest.postForEntity("/camunda/api/admin/setup/default/user/create",
          Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "x")), String.class);
      assertThat(response.getStatusCode().value()).isIn(403, 404);
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      admins.forEach(id -> identityService.createMembership(id, Groups.ADMIN));
    }
  }
}
