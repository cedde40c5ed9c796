package cn.wast.capacity.office;

import static cn.wast.capacity.office.OfficeOverviewTest.due;
import static cn.wast.capacity.office.OfficeOverviewTest.overview;
import static cn.wast.capacity.office.OfficeOverviewTest.section;
import static cn.wast.capacity.office.OfficeOverviewTest.stages;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.support.CheckTestBase;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The office overview of an awarded society at its mid-term check (WHYX, against WHSX): the check
 * is listed with its due date and task, and the final acceptance that follows when the period ends.
 */
class OfficeChecksDueTest extends CheckTestBase {

  @Test
  @DisplayName("R-CHK-1, R-CHK-2: the mid-term check is due with its task and date, then waits for the office; the period's end, which opens the final acceptance, is listed next")
  void checksDue() {
    Task report = societyTask();
    String page = overview(port, OFFICE, "tasklist");
    assertThat(stages(page)).containsExactly(Map.entry("中期检查", 1), Map.entry("未入选", 1));
    String checks = section(page, "checks");
    assertThat(checks).contains("中期检查：待学会提交材料", "武汉药学会", due(report.getDueDate().toInstant()),
        "/camunda/app/tasklist/default/#/?task=" + report.getId());
    assertThat(section(page, "deadlines")).contains("提交中期检查材料", due(report.getDueDate().toInstant()));
    assertThat(section(overview(port, "auditor1", "cockpit"), "checks"))
        .contains("中期检查：待学会提交材料", "/audit/instances/" + implementation.getId());

    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    claimAndComplete(DemoUsers.userOf(SOCIETY), report, materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"))));
    Task review = officeTask(implementation, "ReviewMidTerm");
    assertThat(section(overview(port, OFFICE, "tasklist"), "checks")).contains("中期检查：待办公室审核",
        "/camunda/app/tasklist/default/#/?task=" + review.getId()).doesNotContain("中期检查：待学会提交材料");

    claimAndComplete(OFFICE, review, Map.of("midTermDecision", "passed"));
    Job periodEnds = managementService.createJobQuery().processInstanceId(implementation.getId())
        .activityId("ImplementationPeriodEnds").singleResult();
    String afterMidTerm = overview(port, OFFICE, "tasklist");
    assertThat(stages(afterMidTerm)).containsExactly(Map.entry("实施", 1), Map.entry("未入选", 1));
    assertThat(section(afterMidTerm, "checks")).contains("实施期届满，结项验收开始", "武汉药学会",
        due(periodEnds.getDuedate().toInstant())).doesNotContain("中期检查：");
    assertThat(section(afterMidTerm, "deadlines")).contains("实施期届满，结项验收开始");
    assertThat(section(overview(port, "auditor1", "cockpit"), "checks")).contains("实施期届满，结项验收开始");
  }
}
