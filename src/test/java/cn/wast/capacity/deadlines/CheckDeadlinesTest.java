package cn.wast.capacity.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.FormJson;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.FormText;
import cn.wast.capacity.support.FullLength;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding 6 at the checks: a late report, and corrections ordered at the mid-term followed up. */
class CheckDeadlinesTest extends CheckTestBase {

  @Autowired Lateness lateness;

  /** The mid-term check opened the day after six months from filing; its report is due 30 days later. */
  private LocalDate opened() {
    return filedOn.plusMonths(6).plusDays(1);
  }

  private void submitReport() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"))));
  }

  private long openTasks(String key) {
    return as(OFFICE, () -> taskService.createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey(key).count());
  }

  @Test
  @DisplayName("Finding 6: a mid-term report 20 days late: the office is asked at the deadline, urges, and the review task says 逾期 20 天")
  void reportTwentyDaysLate() {
    setClock(opened().plusDays(30), LocalTime.of(23, 59));
    executeDueJobs();
    assertThat(openTasks("HandleOverdueMidTermReport")).isZero();
    setClock(opened().plusDays(31), LocalTime.of(8, 0));
    executeDueJobs();
    Task overdue = officeTask(implementation, "HandleOverdueMidTermReport");
    assertThat(as(OFFICE, () -> FormJson.text(taskService.getVariable(overdue.getId(), "overdueText"))))
        .contains("中期检查材料", ChineseDates.deadline(opened().plusDays(30)), "已逾期 1 天");
    forgetDeliveredMail();
    assertThat(societyPage(SOCIETY)).contains("已逾期：提交中期检查材料").doesNotContain("下一期限：提交中期检查材料");
    claimAndComplete(OFFICE, overdue, Map.of("overdueDecision", "urge", "newDueDate", opened().plusDays(40).toString()));
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> {
      assertThat(subject(m)).contains("逾期催办通知");
      assertThat(body(m)).contains("中期检查材料", "新的截止时间：" + ChineseDates.deadline(opened().plusDays(40)));
    });
    assertThat(societyPage(SOCIETY)).contains("逾期记录：中期检查材料");

    // the short date is reminded, and when it passes the office is asked again; the lateness still counts from day 30
    setClock(opened().plusDays(41), LocalTime.of(8, 0));
    executeDueJobs();
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(subject(m)).contains("期限提醒"));
    Task again = officeTask(implementation, "HandleOverdueMidTermReport");
    assertThat(as(OFFICE, () -> FormJson.text(taskService.getVariable(again.getId(), "overdueText"))))
        .contains(ChineseDates.deadline(opened().plusDays(30)), "已逾期 11 天", "催办");
    claimAndComplete(OFFICE, again, Map.of("overdueDecision", "record"));

    setClock(opened().plusDays(50), LocalTime.of(15, 0));
    submitReport();
    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).extracting(Lateness.Entry::decision, Lateness.Entry::daysLate)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LatenessDecision.URGED, 1),
            org.assertj.core.groups.Tuple.tuple(LatenessDecision.RECORDED, 11),
            org.assertj.core.groups.Tuple.tuple(LatenessDecision.SUBMITTED_LATE, 20));
    Task review = officeTask(implementation, "ReviewMidTerm");
    assertThat(as(OFFICE, () -> (String) taskService.getVariable(review.getId(), "latenessText"))).contains("逾期 20 天报送");
    assertThat(societyPage(SOCIETY)).contains("逾期报送，逾期 20 天");
  }

  @Test
  @DisplayName("Finding 6: corrections ordered in the full 4,000 characters the form allows reach the office's overdue task whole, without an incident")
  void fullLengthCorrectionsReachTheOverdueTask() {
    setClock(opened().plusDays(5), LocalTime.of(10, 0));
    submitReport();
    LocalDate correctBy = opened().plusDays(60);
    String corrections = FullLength.of("第4.2条(台账): 补齐剩余4场[社区], 见附表1! ", 4000);
    passWithCorrections(corrections, correctBy);

    setClock(correctBy.plusDays(1), LocalTime.of(0, 1));
    executeDueJobs();

    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    Task confirm = officeTask(implementation, "ConfirmCorrections");
    assertThat(FormText.filled("confirm-corrections", as(OFFICE, () -> taskService.getVariables(confirm.getId()))))
        .contains(Markdown.escape(corrections));
  }

  @Test
  @DisplayName("Finding 6: corrections ordered at the mid-term are reminded, then the office confirms them; unconfirmed by their date it is asked, in parallel with the implementation period")
  void correctionsAreFollowedUp() {
    setClock(opened().plusDays(5), LocalTime.of(10, 0));
    submitReport();
    LocalDate correctBy = opened().plusDays(60);
    passWithCorrections("科普进社区进度偏慢，请补齐剩余 4 场并完善活动台账。", correctBy);
    assertThat(implementation).isWaitingAt("ImplementationPeriodEnds", "CorrectionsReminderDue");
    assertThat(societyPage(SOCIETY)).doesNotContain("已逾期");

    forgetDeliveredMail();
    setClock(correctBy.minusDays(4), LocalTime.of(0, 1)); // five days before the end of the day
    executeDueJobs();
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> {
      assertThat(subject(m)).contains("期限提醒");
      assertThat(body(m)).contains("中期检查整改", ChineseDates.deadline(correctBy), "补齐剩余 4 场");
    });
    assertThat(openTasks("ConfirmCorrections")).isZero();

    setClock(correctBy.plusDays(1), LocalTime.of(0, 1));
    executeDueJobs();
    Task confirm = officeTask(implementation, "ConfirmCorrections");
    assertThat(confirm.getName()).contains("确认整改情况");
    assertThat(as(OFFICE, () -> FormJson.text(taskService.getVariable(confirm.getId(), "overdueText"))))
        .contains(ChineseDates.deadline(correctBy), "补齐剩余 4 场");
    assertThat(implementation).isWaitingAt("ImplementationPeriodEnds", "ConfirmCorrections");

    setClock(correctBy.plusDays(3), LocalTime.of(10, 0));
    claimAndComplete(OFFICE, confirm, Map.of("overdueDecision", "record", "overdueReason", "学会未报整改情况"));
    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).singleElement().satisfies(e -> {
      assertThat(e.deadline()).isEqualTo(Deadline.CORRECTIONS);
      assertThat(e.decision()).isEqualTo(LatenessDecision.RECORDED);
      assertThat(e.daysLate()).isEqualTo(3);
    });
    assertThat(implementation).isWaitingAt("ImplementationPeriodEnds");
    assertThat(openTasks("ConfirmCorrections")).isZero();
    assertThat(societyPage(SOCIETY)).contains("逾期记录：中期检查整改");
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("Finding 6: revocation still ends everything: an open overdue task and a waiting corrections follow-up end with the implementation")
  void revocationEndsTheDeadlineBranches() {
    setClock(opened().plusDays(5), LocalTime.of(10, 0));
    submitReport();
    Map<String, Object> decision = new HashMap<>();
    decision.put("midTermDecision", "passedWithCorrections");
    decision.put("corrections", "科普进社区进度偏慢，请补齐剩余 4 场并完善活动台账。");
    decision.put("correctBy", opened().plusDays(60).toString());
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewMidTerm"), decision);
    setClock(opened().plusDays(61), LocalTime.of(9, 0));
    executeDueJobs();
    assertThat(openTasks("ConfirmCorrections")).isOne();

    // what the disqualification process does when fraud is confirmed (RevokeQualificationService)
    runtimeService.createMessageCorrelation(cn.wast.capacity.supervision.Disqualification.REVOKED_MESSAGE)
        .processInstanceBusinessKey(cn.wast.capacity.funds.Implementation.businessKeyOf(applicationKey(SOCIETY)))
        .correlateAll();
    assertThat(implementation).isEnded();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(implementation.getId())
        .activityId("ImplementationTerminated").count()).isOne();
    assertThat(managementService.createJobQuery().processInstanceId(implementation.getId()).count()).isZero();
  }

  @Test
  @DisplayName("Finding 6: the final report's deadline passes: extended with a reason, reminded, asked again, and the report taken late against the extended date")
  void finalReportExtendedThenLate() {
    submitReport();
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewMidTerm"), Map.of("midTermDecision", "passed"));
    LocalDate finalOpened = LocalDate.parse((String) runtimeService.getVariable(implementation.getId(), "projectEnd"))
        .plusDays(1);
    setClock(finalOpened, LocalTime.of(0, 1));
    executeDueJobs();
    assertThat(implementation).isWaitingAt("SubmitFinalReport");

    setClock(finalOpened.plusDays(31), LocalTime.of(9, 0));
    executeDueJobs();
    forgetDeliveredMail();
    LocalDate extended = finalOpened.plusDays(45);
    claimAndComplete(OFFICE, officeTask(implementation, "HandleOverdueFinalReport"),
        Map.of("overdueDecision", "extend", "newDueDate", extended.toString(), "overdueReason", "结项审计尚未出具报告"));
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> assertThat(subject(m)).contains("延期通知", "结项验收材料"));
    assertThat(societyTask().getDueDate().toInstant()).isEqualTo(extended.plusDays(1).atStartOfDay(ZONE).toInstant());

    setClock(extended.plusDays(1), LocalTime.of(9, 0));
    executeDueJobs();
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(subject(m)).contains("期限提醒"));
    claimAndComplete(OFFICE, officeTask(implementation, "HandleOverdueFinalReport"), Map.of("overdueDecision", "record"));

    setClock(extended.plusDays(5), LocalTime.of(9, 0));
    uploadReport(DocumentKind.FINAL_REPORT);
    uploadScans("记-002");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"),
        expense(filedOn.plusMonths(8), "C2", "POPULAR_SCIENCE", "合理用药科普进社区十场", 50000, "记-002"))));
    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).extracting(Lateness.Entry::decision, Lateness.Entry::daysLate)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LatenessDecision.EXTENDED, 1),
            org.assertj.core.groups.Tuple.tuple(LatenessDecision.RECORDED, 1),
            org.assertj.core.groups.Tuple.tuple(LatenessDecision.SUBMITTED_LATE, 5));
    Task review = officeTask(implementation, "ReviewFinalAcceptance");
    assertThat(as(OFFICE, () -> (String) taskService.getVariable(review.getId(), "latenessText"))).contains("逾期 5 天报送");
  }

  /** The office passes the mid-term with these corrections, due by {@code correctBy}. */
  private void passWithCorrections(String corrections, LocalDate correctBy) {
    Map<String, Object> decision = new HashMap<>();
    decision.put("midTermDecision", "passedWithCorrections");
    decision.put("corrections", corrections);
    decision.put("correctBy", correctBy.toString());
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewMidTerm"), decision);
  }
}
