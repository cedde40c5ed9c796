package cn.wast.capacity.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.documents.DocumentType;
import cn.wast.capacity.documents.NewDocument;
import cn.wast.capacity.funds.FlagDecision;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.funds.Tranche;
import cn.wast.capacity.publicity.PublicNotices;
import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.ReviewTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The mid-term check (中期检查, R-CHK-1) of the implementation process, with the clock moved through months. */
class MidTermCheckTest extends CheckTestBase {

  @Autowired FlaggedLines flaggedLines;

  /** A ledger line the rules cannot place (category 其他, on the meeting's budget line): the one flagged expense of this class. */
  private Map<String, Object> doubtfulExpense(int daysAfterFiling, String purpose, int amount, String voucher) {
    return expense(filedOn.plusDays(daysAfterFiling), "C1", "OTHER", purpose, amount, voucher);
  }

  /** The flagged lines as the check task shows them, each decided as given, in order. */
  private List<Map<String, Object>> decided(Task task, String[]... decisionAndNote) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Object variable = as(OFFICE, () -> taskService.getVariable(task.getId(), "flaggedLines"));
    List<Map<String, String>> shown = cn.wast.capacity.FormValues.of(Map.of("shown", variable)).rows("shown");
    for (int i = 0; i < shown.size(); i++) {
      Map<String, Object> copy = new HashMap<>(shown.get(i));
      copy.put("decision", decisionAndNote[i][0]);
      copy.put("note", decisionAndNote[i][1]);
      rows.add(copy);
    }
    return rows;
  }

  @Test
  @DisplayName("R-CHK-1: the check opens at the configured time: the report upload opens and the society is told")
  void checkOpens() {
    assertThat(implementation).isWaitingAt("SubmitMidTermReport");
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationStatus()).isEqualTo(Award.MID_TERM_DUE);
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> {
      assertThat(subject(m)).contains("中期检查通知");
      assertThat(body(m)).contains("/documents", "支出台账");
    });
    assertThat(as(DemoUsers.userOf(SOCIETY), () -> taskService.getVariable(societyTask().getId(), "progress")))
        .asString().contains("学术年会参会人数", "不少于 300 人");

    // The reminder five days before the deadline (the end of the thirtieth day after opening).
    LocalDate opened = filedOn.plusMonths(6).plusDays(1);
    forgetDeliveredMail();
    setClock(opened.plusDays(25), LocalTime.of(23, 59));
    executeDueJobs();
    assertThat(deliveredMail()).isEmpty();
    setClock(opened.plusDays(26), LocalTime.of(0, 1));
    executeDueJobs();
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> assertThat(subject(m)).contains("中期检查提醒"));
  }

  @Test
  @DisplayName("R-CHK-1 R-FUND-2 R-FUND-3: without the report, with a salary, a duplicate voucher or a date outside the period, nothing is stored")
  void badMaterialsAreRefused() {
    Map<String, Object> bad = materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "学术年会秘书处人员工资", 30000, "记-001"),
        expense(filedOn.plusDays(20), "C2", "POPULAR_SCIENCE", "科普进社区展板制作", 8000, "记-001"),
        expense(filedOn.minusYears(1), "C2", "POPULAR_SCIENCE", "科普进社区讲解费", 2000, "记-003")));
    bad.put("separateAccounts", false);
    assertThatThrownBy(() -> claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), bad))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining(RuleClauses.of("R-CHK-1").tag() + "请先在材料上传页面上传中期检查书面报告")
        .hasMessageContaining("支出台账" + RuleClauses.of("R-FUND-2").tag() + "请确认专项经费单独核算、专款专用")
        .hasMessageContaining("支出台账第 1 行" + RuleClauses.of("R-FUND-3").tag() + "用途中的“工资”属于人员经费")
        .hasMessageContaining("支出台账第 2 行" + RuleClauses.of("R-FUND-2").tag() + "凭证号 记-001 与第 1 行重复")
        .hasMessageContaining("支出台账第 3 行" + RuleClauses.of("R-FUND-2").tag() + "支出日期");
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM)).isEmpty();
    assertThat(implementation).isWaitingAt("SubmitMidTermReport");
    assertThat(payments.findByApplication(applicationKey(SOCIETY))).hasSize(1);
  }

  @Test
  @DisplayName("R-CHK-1 R-FUND-4: materials submitted, spend shown against the plan, passed with corrections, the second tranche paid")
  void passedWithCorrections() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001", "记-002");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"),
        expense(filedOn.plusDays(40), "C2", "POPULAR_SCIENCE", "合理用药科普展板制作", 20000, "记-002"))));
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationStatus()).isEqualTo(Award.MID_TERM_SUBMITTED);
    Task review = officeTask(implementation, "ReviewMidTerm");
    assertThat(as(OFFICE, () -> (String) taskService.getVariable(review.getId(), "trackingText")))
        .contains("C1 服务创新能力：计划 150,000.00 元，已支出 90,000.00 元（60.0%）", "C2 服务社会和政府能力：计划 50,000.00 元，已支出 20,000.00 元（40.0%）");
    assertThat(as(OFFICE, () -> FormJson.text(taskService.getVariable(review.getId(), "reportLinks")))).contains("中期检查书面报告.pdf");

    Map<String, Object> incomplete = new HashMap<>();
    incomplete.put("midTermDecision", "passedWithCorrections");
    assertThatThrownBy(() -> claimAndComplete(OFFICE, review, incomplete))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("请写明整改要求").hasMessageContaining("整改完成日期");
    incomplete.put("corrections", "科普进社区进度偏慢，请补齐剩余 4 场并完善活动台账。");
    incomplete.put("correctBy", filedOn.plusMonths(9).toString());
    claimAndComplete(OFFICE, review, incomplete);

    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM).orElseThrow().outcome())
        .isEqualTo(CheckOutcome.PASSED_WITH_CORRECTIONS);
    assertThat(payments.findByApplication(applicationKey(SOCIETY))).extracting(Payments.Payment::tranche)
        .containsExactly(Tranche.PLAN_FILED, Tranche.MID_TERM_PASSED);
    assertThat(payments.paid(applicationKey(SOCIETY))).isEqualByComparingTo("160000.00");
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> {
      assertThat(subject(m)).contains("中期检查结果通知");
      assertThat(body(m)).contains("通过，需整改", "补齐剩余 4 场", "60,000.00 元", "累计已拨付160,000.00 元");
    });
    assertLettersPunctuatedOnce();
    assertThat(implementation).isWaitingAt("ImplementationPeriodEnds");
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("R-SUP-1: a finding at the check starts the society's disqualification")
  void findingAtTheCheckStartsDisqualification() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"))));
    Task review = officeTask(implementation, "ReviewMidTerm");
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("midTermDecision", "fraud");
    assertThatThrownBy(() -> claimAndComplete(OFFICE, review, verdict))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining(RuleClauses.of("R-SUP-1").tag() + "发现弄虚作假线索时，请写明线索和依据");
    verdict.put("fraudGrounds", "台账中会场租赁发票的开票单位与会议通知所列会场不一致，疑似虚开。");
    claimAndComplete(OFFICE, review, verdict);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("disqualification")
        .processInstanceBusinessKey("DISQ-" + year() + "-" + SOCIETY).singleResult()).isWaitingAt("InvestigateFraud");
  }

  @Test
  @DisplayName("R-CHK-1 R-FUND-2: flagged ledger lines are decided both ways on record; a line not accepted cannot pass without corrections, and the letter lists it")
  void flaggedLedgerLinesDecidedBothWays() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001", "记-002", "记-003");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"),
        doubtfulExpense(20, "学会官网安全加固与域名续费", 6000, "记-002"),
        doubtfulExpense(30, "学会年度工作简报编印寄送", 4000, "记-003"))));
    Task review = officeTask(implementation, "ReviewMidTerm");
    assertThat(decided(review, new String[] {null, null}, new String[] {null, null}))
        .extracting(row -> row.get("line"), row -> row.get("purpose"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2", "学会官网安全加固与域名续费"),
            org.assertj.core.groups.Tuple.tuple("3", "学会年度工作简报编印寄送"));
    String note = "简报编印应列入印刷出版费，请调整科目并补充说明";

    Map<String, Object> verdict = new HashMap<>();
    verdict.put("midTermDecision", "passed");
    verdict.put("flaggedLines", decided(review, new String[] {"accepted", null}, new String[] {"notAccepted", note}));
    assertThatThrownBy(() -> claimAndComplete(OFFICE, review, verdict))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("第 3 行支出不予认可，检查结论须为“通过，但需限期整改”");
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM).orElseThrow().outcome()).isNull();

    verdict.put("midTermDecision", "passedWithCorrections");
    verdict.put("corrections", "科普进社区进度偏慢，请补齐剩余 4 场。");
    verdict.put("correctBy", filedOn.plusMonths(9).toString());
    claimAndComplete(OFFICE, review, verdict);

    long checkId = checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM).orElseThrow().id();
    assertThat(flaggedLines.ofCheck(checkId)).satisfiesExactly(
        f -> {
          assertThat(f.line()).isEqualTo(2);
          assertThat(f.decision()).isEqualTo(FlagDecision.ACCEPTED);
          assertThat(f.decidedBy()).isEqualTo(OFFICE);
          assertThat(f.decidedAt()).isEqualTo(now());
        },
        f -> {
          assertThat(f.line()).isEqualTo(3);
          assertThat(f.decision()).isEqualTo(FlagDecision.NOT_ACCEPTED);
          assertThat(f.note()).isEqualTo(note);
          assertThat(f.decidedBy()).isEqualTo(OFFICE);
        });
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> {
      assertThat(subject(m)).contains("中期检查结果通知");
      assertThat(body(m)).contains("补齐剩余 4 场", "不予认可的支出", "第 3 行", "学会年度工作简报编印寄送", note)
          .doesNotContain("学会官网安全加固");
    });
    assertEveryVariableHasAChineseName();
  }
}
