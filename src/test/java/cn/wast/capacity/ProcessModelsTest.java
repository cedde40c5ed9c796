package cn.wast.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules of a BPMN model, which Cockpit shows to auditors: every element a stable English
 * id and a Chinese name, every decision's way out named and conditioned, every user task on a
 * deployed Camunda Form with a candidate group (or, for an expert's seat, its assignee), and every
 * element laid out in the diagram.
 */
class ProcessModelsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final Pattern ENGLISH_ID = Pattern.compile("[A-Z][A-Za-z0-9_]*");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  static Stream<Path> processes() throws IOException {
    return Files.list(PROCESSES).filter(file -> file.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  @DisplayName("Every flow node and every sequence flow has a stable English id; every flow node a Chinese name")
  void idsAndNames(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!ENGLISH_ID.matcher(node.getId()).matches()) {
        problems.add(node.getId() + ": id not an English name");
      }
      if (node.getName() == null || !CHINESE.matcher(node.getName()).find()) {
        problems.add(node.getId() + ": no Chinese name");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!ENGLISH_ID.matcher(flow.getId()).matches()) {
        problems.add(flow.getId() + ": id not an English name");
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  @DisplayName("Every way out of a decision has a Chinese name and a condition, or is the gateway's default")
  void decisionsAreNamed(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    for (Gateway gateway : decisions(model)) {
      Collection<SequenceFlow> outgoing = gateway.getOutgoing();
      if (outgoing.size() < 2) {
        continue; // a joining gateway decides nothing
      }
      SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
          : ((InclusiveGateway) gateway).getDefault();
      for (SequenceFlow flow : outgoing) {
        if (flow.getName() == null || !CHINESE.matcher(flow.getName()).find()) {
          problems.add(gateway.getId() + " → " + flow.getId() + ": no Chinese name");
        }
        if (flow.getConditionExpression() == null && flow != defaultFlow) {
          problems.add(gateway.getId() + " → " + flow.getId() + ": neither a condition nor the default");
        }
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  @DisplayName("Every user task has a Camunda Form of forms/, bound to its deployment, and a candidate group or its assignee")
  void userTasksHaveFormsAndGroups(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String form = task.getCamundaFormRef();
      if (form == null || !Files.exists(FORMS.resolve(form + ".form"))) {
        problems.add(task.getId() + ": no form of forms/ (" + form + ")");
      }
      if (!"deployment".equals(task.getCamundaFormRefBinding())) {
        problems.add(task.getId() + ": form not bound to its deployment");
      }
      if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
        problems.add(task.getId() + ": neither a candidate group nor an assignee");
      }
    }
    assertThat(problems).as(file.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  @DisplayName("Every flow node and sequence flow is drawn in the diagram Cockpit shows")
  void everythingIsLaidOut(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> drawn = Stream.concat(
        model.getModelElementsByType(BpmnShape.class).stream().map(BpmnShape::getBpmnElement),
        model.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement))
        .map(BaseElement::getId).collect(Collectors.toSet());
    List<String> missing = Stream.concat(model.getModelElementsByType(FlowNode.class).stream(),
            model.getModelElementsByType(SequenceFlow.class).stream())
        .map(BaseElement::getId).filter(id -> !drawn.contains(id)).toList();
    assertThat(missing).as(file.toString()).isEmpty();
  }

  private static List<Gateway> decisions(BpmnModelInstance model) {
    List<Gateway> gateways = new ArrayList<>(model.getModelElementsByType(ExclusiveGateway.class));
    gateways.addAll(model.getModelElementsByType(InclusiveGateway.class));
    return gateways;
  }
}
