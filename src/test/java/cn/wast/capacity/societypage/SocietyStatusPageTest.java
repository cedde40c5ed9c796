package cn.wast.capacity.societypage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.ReviewTestBase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The society's status page through a round driven by the engine: each stage in the society's
 * words, with its dates, and never another society's application.
 */
class SocietyStatusPageTest extends ReviewTestBase {

  @Autowired ProgrammeClock programmeClock;

  @Test
  @DisplayName("Intake: 材料审核中, 需补正 with its deadline, 不予受理 with the rule's reasons")
  void intakeStages() {
    openRound();
    uploadBoardResolution("WHDJ");
    ProcessInstance whdj = apply("WHDJ");
    uploadBoardResolution("WHQC");
    apply("WHQC");
    executeDueJobs();

    String submitted = societyPage("WHDJ");
    assertThat(stageOn(submitted, applicationKey("WHDJ"))).isEqualTo("材料审核中");
    assertThat(submitted).contains("学会提交申报", "形式审查", "进行中").doesNotContain(applicationKey("WHQC"));

    claimAndComplete(OFFICE, singleTask(OFFICE, whdj.getId()),
        Map.of("formalReviewDecision", "correction", "correctionRequest", "请补充 C2 方面的委托合同扫描件。"));
    String correction = societyPage("WHDJ");
    assertThat(stageOn(correction, applicationKey("WHDJ"))).isEqualTo("需补正");
    String due = deadline(singleTask(DemoUsers.userOf("WHDJ"), whdj.getId()).getDueDate().toInstant());
    assertThat(correction).contains("请在任务列表中补正申报材料，截止时间：" + due, "请补充 C2 方面的委托合同扫描件", "补正申报材料");

    String refused = societyPage("WHQC");
    assertThat(stageOn(refused, applicationKey("WHQC"))).isEqualTo("不予受理");
    assertThat(refused).contains("R-ELIG-1").doesNotContain(applicationKey("WHDJ"));
  }

  @Test
  @DisplayName("R-APP-2 R-REV-1: after submission the page and the draft list the files submitted; 需补正 names the office's request, as text, and its deadline")
  void submittedFilesAndCorrectionRequest() {
    openRound();
    uploadBoardResolution("WHDJ");
    ProcessInstance whdj = apply("WHDJ");
    executeDueJobs();

    String submitted = societyPage("WHDJ");
    assertThat(detailsOn(submitted, applicationKey("WHDJ"))).contains("理事会（常务理事会）决议：理事会决议.pdf");
    String draft = cn.wast.capacity.support.WebappSession.login(port, DemoUsers.userOf("WHDJ"), "demo")
        .get("/society/WHDJ/drafts/" + year() + "/application").text();
    assertThat(draft).doesNotContain("尚未上传任何文件").contains("理事会决议.pdf");

    claimAndComplete(OFFICE, singleTask(OFFICE, whdj.getId()), Map.of("formalReviewDecision", "correction",
        "correctionRequest", "请补充 <b>C2</b> 方面的委托合同扫描件。"));
    String correction = societyPage("WHDJ");
    String due = deadline(singleTask(DemoUsers.userOf("WHDJ"), whdj.getId()).getDueDate().toInstant());
    assertThat(detailsOn(correction, applicationKey("WHDJ")))
        .contains("请在任务列表中补正申报材料，截止时间：" + due)
        .contains("专项办公室的补正要求：请补充 &lt;b&gt;C2&lt;/b&gt; 方面的委托合同扫描件。");
  }

  /** The details listed under one application's stage. */
  private static String detailsOn(String societyPage, String applicationKey) {
    int at = societyPage.indexOf("data-key=\"" + applicationKey + "\"");
    int start = societyPage.indexOf("<ul class=\"details\">", at);
    assertThat(start).as("details of %s", applicationKey).isPositive();
    return societyPage.substring(start, societyPage.indexOf("</ul>", start));
  }

  @Test
  @DisplayName("Review to award: 专家评审中, 公示中 with its period, then 已表彰 with the next deadline, and 未入选 with rank and composite")
  void reviewToAward() {
    ProcessInstance round = roundWithAccepted(List.of("WHDJ", "WHSX"), 1);
    formCommittee(round, EXPERTS, 5);
    assertThat(stageOn(societyPage("WHDJ"), applicationKey("WHDJ"))).isEqualTo("专家评审中");

    for (String expert : EXPERTS) {
      for (var task : scoringTasks(expert)) {
        score(expert, task, scores(applicationOf(expert, task).endsWith("WHDJ") ? 90 : 80));
      }
    }
    executeDueJobs();
    claimAndComplete(OFFICE, officeTask(round, "ConfirmProposedList"), Map.of("proposedListConfirmed", true));
    var entry = notices.findByApplication(applicationKey("WHDJ")).orElseThrow();
    String inNotice = societyPage("WHDJ");
    assertThat(stageOn(inNotice, applicationKey("WHDJ"))).isEqualTo("公示中");
    assertThat(inNotice).contains("公示期：" + clock(entry.startsAt()) + " 至 " + deadline(entry.endsAt()), "专家评审", "名额公示（十天）");

    setClock(entry.endsAt().plusSeconds(60));
    executeDueJobs();
    String commended = societyPage("WHDJ");
    assertThat(stageOn(commended, applicationKey("WHDJ"))).isEqualTo("已表彰 · 实施中");
    String planDue = deadline(as(DemoUsers.userOf("WHDJ"), () -> taskService.createTaskQuery()
        .processInstanceBusinessKey("IMPL-" + year() + "-WHDJ").singleResult()).getDueDate().toInstant());
    assertThat(commended).contains("排名第 1 名，综合得分 90", "下一期限：报送经费使用管理方案，截止时间：" + planDue,
        "尚未拨付", "表彰（已表彰）", year() + " 年度经费使用管理方案").doesNotContain(applicationKey("WHSX"));

    String notSelected = societyPage("WHSX");
    assertThat(stageOn(notSelected, applicationKey("WHSX"))).isEqualTo("未入选");
    assertThat(notSelected).contains("排名第 2 名，综合得分 80", "评选结果公布：未入选").doesNotContain(applicationKey("WHDJ"));
  }

  private String clock(Instant instant) {
    return programmeClock.format(instant);
  }

  private String deadline(Instant passes) {
    return programmeClock.deadline(passes);
  }
}
