package cn.wast.capacity.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.IntakeTestBase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rows one application writes, from submission up to 形式审查 or 不予受理 (issue 20, "fewer rows
 * per step"): only the variables a form, an expression, a letter or an auditor reads, each written
 * once, nothing that only repeats the application's row. Prints the rows per application of the
 * engine's tables, the figure the issue reports.
 */
class IntakeRowsTest extends IntakeTestBase {

  /** What an eligible application keeps as variables once it waits in 形式审查. */
  static final Set<String> ELIGIBLE_VARIABLES = new TreeSet<>(List.of(
      // the start form, as the society typed it (the correction form and the rules read it)
      "roundYear", "achievementC1", "achievementC2", "achievementC3", "achievementC4", "boardBody",
      "boardMeetingDate", "boardResolutionNumber", "contactName", "contactPhone", "contactEmail", "declaration",
      // what the formal-review, correction and scoring forms show, and the task list's subject
      "societyCode", "societyName", "applicationKey", "submittedAtText", "documentsMarkdown", "shownMaterials",
      "supportHistoryMarkdown", "correctionCount",
      // the verdict, as auditors read it
      "eligible"));

  private static final List<String> TABLES = List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL",
      "ACT_HI_ACTINST", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG", "ACT_RU_JOB", "ACT_GE_BYTEARRAY");

  @BeforeEach
  void roundIsOpen() {
    openRound();
  }

  @Test
  @DisplayName("An eligible application in 形式审查 holds only the variables something reads, each written once at submission")
  void eligibleApplicationWritesEachVariableOnce() {
    uploadBoardResolution(DemoSocieties.ELIGIBLE.get(0));
    ProcessInstance application = apply(DemoSocieties.ELIGIBLE.get(0));
    executeDueJobs();

    assertThat(runtimeService.getVariables(application.getId()).keySet()).containsExactlyInAnyOrderElementsOf(
        ELIGIBLE_VARIABLES);
    assertThat(updatesByVariable(application.getId())).as("variable updates at submission, by variable")
        .allSatisfy((name, updates) -> assertThat(updates).as(name).isOne());
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(application.getId()).formFields().count())
        .as("the submitted fields are in history once, as variable updates, not again as form-field details").isZero();
  }

  @Test
  @DisplayName("A refused application keeps the verdict with its reasons and failed rules for the letter and the auditors")
  void refusedApplicationKeepsItsReasons() {
    uploadBoardResolution(DemoSocieties.FAILS_SEVERAL);
    ProcessInstance application = apply(DemoSocieties.FAILS_SEVERAL);
    executeDueJobs();

    Map<String, Long> updates = updatesByVariable(application.getId());
    assertThat(updates.keySet()).contains("eligible", "eligibilityReasons", "failedRules")
        .containsAll(ELIGIBLE_VARIABLES);
    assertThat(updates).allSatisfy((name, count) -> assertThat(count).as(name).isOne());
  }

  @Test
  @DisplayName("Rows per application in the engine's tables, printed for the report")
  void rowsPerApplication() {
    List<String> societies = DemoSocieties.ELIGIBLE.subList(0, 6);
    Map<String, Long> before = counts();
    societies.forEach(this::uploadBoardResolution);
    List<String> instances = societies.stream().map(code -> apply(code).getId()).toList();
    executeDueJobs();
    Map<String, Long> after = counts();

    StringBuilder line = new StringBuilder("INTAKE ROWS per eligible application (submit to 形式审查):");
    long total = 0;
    for (String table : TABLES) {
      long perApplication = (after.get(table) - before.get(table)) / societies.size();
      total += perApplication;
      line.append(' ').append(table).append('=').append(perApplication);
    }
    System.out.println(line.append(" total=").append(total));
    assertThat(instances).allSatisfy(id -> assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id)
        .activityIdIn("FormalReview").count()).isOne());
  }

  private Map<String, Long> updatesByVariable(String processInstanceId) {
    List<HistoricDetail> details = historyService.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().list();
    return details.stream().map(d -> ((HistoricVariableUpdate) d).getVariableName())
        .collect(Collectors.groupingBy(name -> name, TreeMap::new, Collectors.counting()));
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    TABLES.forEach(table -> counts.put(table, rows(table)));
    return counts;
  }
}
