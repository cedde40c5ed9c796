package cn.wast.capacity.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.FullLength;
import cn.wast.capacity.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A string process variable of any length is stored whole. Camunda keeps a string in a
 * 4,000-character column; a longer one used to fail the step that set it, whichever text it was.
 */
@CapacityTest
class LongTextVariablesTest {

  private static final String KEY = "longTextVariables";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @LocalServerPort int port;

  private String deploymentId;

  @BeforeEach
  void deploy() {
    deploymentId = repositoryService.createDeployment().name(KEY)
        .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask("read").endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  @DisplayName("A string of 12,000 characters is stored whole and read back as a String: by the engine, on the task's form, in history and over REST as Tasklist reads it")
  void aStringLongerThanTheColumnIsKeptWholeAsAString() throws Exception {
    String text = FullLength.of("并列：2026-CMES（12.5 分）[附件] 😀", 12_000);

    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("text", text));

    TypedValue stored = runtimeService.getVariableTyped(instance.getId(), "text");
    assertThat(stored.getType()).isEqualTo(ValueType.STRING);
    assertThat(stored.getValue()).isEqualTo(text);
    String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    TypedValue onTheForm = formService.getTaskFormVariables(task).getValueTyped("text");
    assertThat(onTheForm.getType()).isEqualTo(ValueType.STRING);
    assertThat(onTheForm.getValue()).isEqualTo(text);
    HistoricVariableInstance inHistory = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("text").singleResult();
    assertThat(inHistory.getTypeName()).isEqualTo(ValueType.STRING.getName());
    assertThat(inHistory.getValue()).isEqualTo(text);
    JsonNode asTasklistReadsIt = JSON.readTree(WebappSession.anonymous(port).withBasicAuth("admin", "demo")
        .get("/engine-rest/task/" + task + "/form-variables").text()).get("text");
    assertThat(asTasklistReadsIt.get("type").asText()).isEqualTo("String");
    assertThat(asTasklistReadsIt.get("value").asText()).isEqualTo(text);
  }

  @Test
  @DisplayName("A text that grows past the column and shrinks again is read as last written, and a short one can still be looked up by value")
  void aTextThatGrowsAndShrinksIsReadAsItWasLastWritten() {
    String shortText = "初审通过";
    String longText = FullLength.of("整改要求：补充 2025 年度财务报告。", 4_001);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("text", shortText));
    String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

    taskService.setVariable(task, "text", longText);
    assertThat(runtimeService.getVariable(instance.getId(), "text")).isEqualTo(longText);
    runtimeService.setVariable(instance.getId(), "text", shortText);
    assertThat(runtimeService.getVariable(instance.getId(), "text")).isEqualTo(shortText);

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals("text", shortText).list()).extracting(ProcessInstance::getId)
        .containsExactly(instance.getId());
    taskService.complete(task, Map.of("text", longText));
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("text").singleResult().getValue()).isEqualTo(longText);
  }

  @Test
  @DisplayName("A string of exactly 4,000 characters stays an ordinary string, found by value")
  void aStringAtTheColumnsLimitStaysAnOrdinaryString() {
    String text = FullLength.of("学会", 4_000);

    ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, Map.of("text", text));

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals("text", text).list()).extracting(ProcessInstance::getId)
        .containsExactly(instance.getId());
  }
}
