package cn.wast.capacity.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.funds.FlagDecision;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.support.CheckTestBase;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The final acceptance (结项验收, R-CHK-2) and dynamic management (R-DYN-1), at the end of the implementation period. */
class FinalAcceptanceTest extends CheckTestBase {

  @Autowired SocietySupport support;
  @Autowired FlaggedLines flaggedLines;

  @BeforeEach
  void passMidTermAndReachTheEnd() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"))));
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewMidTerm"), Map.of("midTermDecision", "passed"));
    forgetDeliveredMail();
    LocalTime midnight = LocalTime.of(0, 1);
    setClock(java.time.LocalDate.parse((String) runtimeService.getVariable(implementation.getId(), "projectEnd"))
        .plusDays(1), midnight);
    executeDueJobs();
  }

  private void submitFinalMaterials() {
    uploadReport(DocumentKind.FINAL_REPORT);
    uploadScans("记-002"); // 记-001's scan, uploaded at the mid-term, counts again
    Map<String, Object> form = materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"),
        expense(filedOn.plusMonths(8), "C2", "POPULAR_SCIENCE", "合理用药科普进社区十场", 50000, "记-002")));
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), form);
  }

  @Test
  @DisplayName("R-CHK-2: a reminder goes out before the final report's deadline, once, while the task stays open")
  void reminderBeforeTheDeadline() {
    java.time.Instant due = societyTask().getDueDate().toInstant();
    forgetDeliveredMail();
    setClock(due.minus(java.time.Duration.ofDays(5)).minusSeconds(120));
    executeDueJobs();
    assertThat(deliveredMail()).isEmpty();
    setClock(due.minus(java.time.Duration.ofDays(5)).plusSeconds(60));
    executeDueJobs();
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> assertThat(subject(m)).contains("结项验收提醒"));
    assertThat(implementation).hasPassed("FinalReminderSent").isWaitingAt("SubmitFinalReport");
  }

  @Test
  @DisplayName("R-CHK-2 R-DYN-1: the final acceptance opens at the period's end; passed, support continues in the registry")
  void passedContinuesSupport() {
    assertThat(implementation).isWaitingAt("SubmitFinalReport");
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationStatus()).isEqualTo(Award.FINAL_DUE);
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> assertThat(subject(m)).contains("结项验收通知"));
    assertThatThrownBy(() -> claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001")))))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining(RuleClauses.of("R-CHK-2").tag() + "请先在材料上传页面上传结项验收书面报告")
        .hasMessageNotContaining("凭证扫描件");

    submitFinalMaterials();
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewFinalAcceptance"), Map.of("finalDecision", "passed"));
    assertThat(implementation).isEnded().hasPassed("ImplementationCompleted");
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.FINAL).orElseThrow().outcome()).isEqualTo(CheckOutcome.PASSED);
    assertThat(support.find(applicationKey(SOCIETY)).orElseThrow().support()).isEqualTo(Support.CONTINUED);
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationStatus()).isEqualTo(Award.COMPLETED);
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> {
      assertThat(subject(m)).contains("结项验收结果通知");
      assertThat(body(m)).contains("结论：通过", "继续给予支持");
    });
    // R-SUP-2: the public page discloses the filed plan's priorities and both check outcomes.
    String page = cn.wast.capacity.support.WebappSession.anonymous(port).get("/public/").text();
    assertThat(page).contains("办好药学学术年会，开展合理用药科普进社区", "<td>通过</td>");
    assertThat(page.split("<td>通过</td>", -1)).hasSize(3);
    String own = societyPage(SOCIETY);
    assertThat(stageOn(own, applicationKey(SOCIETY))).isEqualTo("已验收");
    assertThat(own).contains("结项验收评定", "中期检查审核", "拨付奖励补助（经费使用管理方案备案后）");
  }

  @Test
  @DisplayName("R-DYN-1: failed, support is adjusted by the amount recorded")
  void failedAdjusts() {
    submitFinalMaterials();
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("finalDecision", "failed");
    verdict.put("dynamicAction", "adjust");
    verdict.put("adjustmentAmount", 300000);
    verdict.put("finalReasons", "科普进社区仅完成六场，考核指标未达成。");
    assertThatThrownBy(() -> claimAndComplete(OFFICE, officeTask(implementation, "ReviewFinalAcceptance"), verdict))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("不超过奖励补助 200,000.00 元");
    verdict.put("adjustmentAmount", 40000);
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewFinalAcceptance"), verdict);
    SocietySupport.Decision decided = support.find(applicationKey(SOCIETY)).orElseThrow();
    assertThat(decided.support()).isEqualTo(Support.ADJUSTED);
    assertThat(decided.adjustment()).isEqualByComparingTo("40000");
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationStatus()).isEqualTo(Award.ADJUSTED);
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m)).contains("不通过", "调减金额40,000.00 元", "仅完成六场"));
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("R-DYN-1: failed, support is terminated with no further payment")
  void failedTerminates() {
    submitFinalMaterials();
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("finalDecision", "failed");
    verdict.put("dynamicAction", "terminate");
    verdict.put("finalReasons", "主要考核指标均未完成，经费使用与方案严重不符；");
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewFinalAcceptance"), verdict);
    assertThat(support.find(applicationKey(SOCIETY)).orElseThrow().support()).isEqualTo(Support.TERMINATED);
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationStatus()).isEqualTo(Award.TERMINATED);
    assertThat(payments.paid(applicationKey(SOCIETY))).isEqualByComparingTo("160000.00");
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m)).contains("终止对贵会的支持，不再拨付经费"));
    assertLettersPunctuatedOnce();
  }

  @Test
  @DisplayName("R-CHK-2 R-DYN-1: a flagged ledger line not accepted means the acceptance fails; on record and in the letter")
  void flaggedLineNotAcceptedFailsTheAcceptance() {
    uploadReport(DocumentKind.FINAL_REPORT);
    uploadScans("记-002");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"),
        expense(filedOn.plusMonths(8), "C1", "OTHER", "学会年度工作简报编印寄送", 50000, "记-002"))));
    Task review = officeTask(implementation, "ReviewFinalAcceptance");
    Object variable = as(OFFICE, () -> taskService.getVariable(review.getId(), "flaggedLines"));
    List<Map<String, String>> shown = cn.wast.capacity.FormValues.of(Map.of("shown", variable)).rows("shown");
    List<Map<String, Object>> rows = new ArrayList<>();
    String note = "五万元简报编印远超实际需要，且未附印刷合同";
    for (Map<String, String> row : shown) {
      Map<String, Object> copy = new HashMap<>(row);
      copy.put("decision", "notAccepted");
      copy.put("note", note);
      rows.add(copy);
    }
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("finalDecision", "passed");
    verdict.put("flaggedLines", rows);
    assertThatThrownBy(() -> claimAndComplete(OFFICE, review, verdict))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("第 2 行支出不予认可，验收结论须为不通过");
    assertThat(implementation).isWaitingAt("ReviewFinalAcceptance");

    verdict.put("finalDecision", "failed");
    verdict.put("dynamicAction", "adjust");
    verdict.put("adjustmentAmount", 50000);
    verdict.put("finalReasons", "第 2 行支出不予认可，调减相应金额。");
    claimAndComplete(OFFICE, review, verdict);

    long checkId = checks.find(applicationKey(SOCIETY), CheckKind.FINAL).orElseThrow().id();
    assertThat(flaggedLines.ofCheck(checkId)).singleElement().satisfies(f -> {
      assertThat(f.decision()).isEqualTo(FlagDecision.NOT_ACCEPTED);
      assertThat(f.note()).isEqualTo(note);
      assertThat(f.decidedBy()).isEqualTo(OFFICE);
      assertThat(f.decidedAt()).isEqualTo(now());
    });
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> {
      assertThat(subject(m)).contains("结项验收结果通知");
      assertThat(body(m)).contains("不通过", "不予认可的支出", "第 2 行", "学会年度工作简报编印寄送", "50,000.00 元", note);
    });
    assertEveryVariableHasAChineseName();
  }
}
