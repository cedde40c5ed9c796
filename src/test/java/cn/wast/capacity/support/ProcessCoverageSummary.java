package cn.wast.capacity.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * The whole suite's process coverage: unites what every test class covered
 * ({@code target/process-test-coverage/<class>/report.json}, written by
 * camunda-process-test-coverage) per process, prints each process's flow-node and sequence-flow
 * coverage with what stayed uncovered, writes {@code target/process-test-coverage/summary.txt},
 * and fails the build ({@code ./mvnw verify}) when a process's flow-node coverage is under the
 * minimum. Run by the exec plugin after the tests.
 */
public final class ProcessCoverageSummary {

  private static final Path REPORTS = Path.of("target", "process-test-coverage");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessCoverageSummary() {}

  /** One process: its flow nodes and sequence flows, and those some test passed. */
  record Coverage(String process, Set<String> flowNodes, Set<String> sequenceFlows, Set<String> coveredNodes,
      Set<String> coveredFlows) {

    double nodeRatio() {
      return flowNodes.isEmpty() ? 1 : (double) coveredNodes.size() / flowNodes.size();
    }

    double flowRatio() {
      return sequenceFlows.isEmpty() ? 1 : (double) coveredFlows.size() / sequenceFlows.size();
    }

    Set<String> uncoveredNodes() {
      Set<String> missing = new TreeSet<>(flowNodes);
      missing.removeAll(coveredNodes);
      return missing;
    }
  }

  public static void main(String[] args) throws IOException {
    double minimum = args.length > 0 ? Double.parseDouble(args[0]) : 0.9;
    List<Coverage> coverage = summarise();
    if (coverage.isEmpty()) {
      throw new IllegalStateException("no process coverage reports under " + REPORTS + ": did the tests run?");
    }
    StringBuilder text = new StringBuilder("Process coverage of the whole test suite (minimum flow-node coverage "
        + percent(minimum) + ")\n");
    List<String> below = new ArrayList<>();
    for (Coverage c : coverage) {
      text.append(String.format("%-18s flow nodes %3d/%3d = %6s   sequence flows %3d/%3d = %6s%n", c.process(),
          c.coveredNodes().size(), c.flowNodes().size(), percent(c.nodeRatio()), c.coveredFlows().size(),
          c.sequenceFlows().size(), percent(c.flowRatio())));
      if (!c.uncoveredNodes().isEmpty()) {
        text.append("  not covered: ").append(String.join(", ", c.uncoveredNodes())).append('\n');
      }
      if (c.nodeRatio() < minimum) {
        below.add(c.process());
      }
    }
    System.out.print(text);
    Files.writeString(REPORTS.resolve("summary.txt"), text, StandardCharsets.UTF_8);
    if (!below.isEmpty()) {
      throw new IllegalStateException("flow-node coverage under " + percent(minimum) + " for " + below);
    }
  }

  static List<Coverage> summarise() throws IOException {
    Map<String, BpmnModelInstance> models = new TreeMap<>();
    Map<String, Set<String>> nodes = new TreeMap<>();
    Map<String, Set<String>> flows = new TreeMap<>();
    if (!Files.isDirectory(REPORTS)) {
      return List.of();
    }
    try (Stream<Path> reports = Files.walk(REPORTS)) {
      for (Path report : reports.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
        JsonNode root = JSON.readTree(report.toFile());
        for (JsonNode model : root.path("models")) {
          models.computeIfAbsent(model.path("key").asText(), key -> Bpmn.readModelFromStream(
              new ByteArrayInputStream(model.path("xml").asText().getBytes(StandardCharsets.UTF_8))));
        }
        for (JsonNode suite : root.path("suites")) {
          for (JsonNode run : suite.path("runs")) {
            for (JsonNode event : run.path("events")) {
              String process = event.path("modelKey").asText();
              String element = event.path("definitionKey").asText();
              (event.path("source").asText().equals("FLOW_NODE") ? nodes : flows)
                  .computeIfAbsent(process, k -> new TreeSet<>()).add(element);
            }
          }
        }
      }
    }
    Set<String> ours = processesOfTheProject();
    List<Coverage> coverage = new ArrayList<>();
    models.forEach((process, model) -> {
      if (!ours.contains(process)) {
        return; // a process a test deploys for itself
      }
      Set<String> allNodes = new TreeSet<>();
      model.getModelElementsByType(FlowNode.class).forEach(n -> allNodes.add(n.getId()));
      Set<String> allFlows = new TreeSet<>();
      model.getModelElementsByType(SequenceFlow.class).forEach(f -> allFlows.add(f.getId()));
      Set<String> coveredNodes = new TreeSet<>(nodes.getOrDefault(process, Set.of()));
      coveredNodes.retainAll(allNodes);
      Set<String> coveredFlows = new TreeSet<>(flows.getOrDefault(process, Set.of()));
      coveredFlows.retainAll(allFlows);
      coverage.add(new Coverage(process, allNodes, allFlows, coveredNodes, coveredFlows));
    });
    return coverage;
  }

  /** The ids of the processes in {@code processes/}, the ones the project ships. */
  private static Set<String> processesOfTheProject() throws IOException {
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).forEach(p -> ids.add(p.getId()));
      }
    }
    return ids;
  }

  private static String percent(double ratio) {
    return String.format("%.1f %%", ratio * 100);
  }
}
