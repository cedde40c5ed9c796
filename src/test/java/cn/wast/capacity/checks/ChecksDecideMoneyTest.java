package cn.wast.capacity.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.funds.HeldTranches;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.funds.Tranche;
import cn.wast.capacity.supervision.FundRecoveries;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.FullLength;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-CHK-1, R-CHK-2, R-DYN-1, R-SUP-1: the checks decide the money. An award of 200,000 is paid
 * 100,000 on filing, 60,000 on a passed mid-term and 40,000 on a passed final acceptance; a fail
 * holds, an adjustment cuts or recovers, a termination stops, a fraud finding pays nothing.
 */
class ChecksDecideMoneyTest extends CheckTestBase {

  private static final String FRAUD_GROUNDS = "台账中会场租赁发票的开票单位与会议通知所列会场不一致，疑似虚开。";

  @Autowired HeldTranches held;
  @Autowired FundRecoveries recoveries;
  @Autowired SocietySupport support;
  @Autowired cn.wast.capacity.reports.OfficeReports reports;

  /** The one place this test reads an adjustment's recovery (switched to the recovery of its own at merge). */
  private Optional<BigDecimal> recoveryOpened(String applicationKey) {
    List<FundRecoveries.Recovery> opened = recoveries.ofApplication(applicationKey);
    assertThat(opened).hasSizeLessThanOrEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("recovery").count())
        .isEqualTo(opened.size());
    return opened.stream().findFirst().map(FundRecoveries.Recovery::amountDue);
  }

  private void submitMidTerm() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"))));
  }

  private void decideMidTerm(Map<String, Object> verdict) {
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewMidTerm"), verdict);
  }

  private void reachAndSubmitFinal() {
    forgetDeliveredMail();
    setClock(LocalDate.parse((String) runtimeService.getVariable(implementation.getId(), "projectEnd")).plusDays(1),
        LocalTime.of(0, 1));
    executeDueJobs();
    uploadReport(DocumentKind.FINAL_REPORT);
    uploadScans("记-002");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"),
        expense(filedOn.plusMonths(8), "C2", "POPULAR_SCIENCE", "合理用药科普进社区十场", 50000, "记-002"))));
  }

  private void decideFinal(Map<String, Object> verdict) {
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewFinalAcceptance"), verdict);
  }

  private static Map<String, Object> failedMidTerm() {
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("midTermDecision", "failed");
    verdict.put("midTermReasons", "科普进社区仅完成两场，经费执行率明显偏低，与方案进度不符。");
    verdict.put("corrections", "补齐剩余科普进社区活动并提交活动台账。");
    return verdict;
  }

  private static Map<String, Object> adjusted(int by) {
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("finalDecision", "failed");
    verdict.put("dynamicAction", "adjust");
    verdict.put("adjustmentAmount", by);
    verdict.put("finalReasons", "科普进社区仅完成六场，考核指标未达成。");
    return verdict;
  }

  private List<Tranche> paidTranches() {
    return payments.findByApplication(applicationKey(SOCIETY)).stream().map(Payments.Payment::tranche).toList();
  }

  private BigDecimal paidIn(Tranche tranche) {
    return payments.findByApplication(applicationKey(SOCIETY)).stream().filter(p -> p.tranche() == tranche)
        .map(Payments.Payment::amount).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("R-CHK-1 R-CHK-2: a normal path pays 100,000.00 on filing, 60,000.00 at the mid-term and 40,000.00 at the final acceptance")
  void normalPathPaysInThreeTranches() {
    assertThat(paidIn(Tranche.PLAN_FILED)).isEqualByComparingTo("100000.00");
    submitMidTerm();
    decideMidTerm(Map.of("midTermDecision", "passed"));
    assertThat(paidIn(Tranche.MID_TERM_PASSED)).isEqualByComparingTo("60000.00");
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m))
        .contains("中期检查结论：通过", "拨付奖励补助经费60,000.00 元", "累计已拨付160,000.00 元"));
    reachAndSubmitFinal();
    decideFinal(Map.of("finalDecision", "passed"));
    assertThat(paidTranches()).containsExactly(Tranche.PLAN_FILED, Tranche.MID_TERM_PASSED, Tranche.FINAL_ACCEPTED);
    assertThat(paidIn(Tranche.FINAL_ACCEPTED)).isEqualByComparingTo("40000.00");
    assertThat(payments.paid(applicationKey(SOCIETY))).isEqualByComparingTo("200000.00");
    assertThat(support.find(applicationKey(SOCIETY)).orElseThrow().support()).isEqualTo(Support.CONTINUED);
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m))
        .contains("结项验收结论：通过", "拨付奖励补助经费40,000.00 元", "累计已拨付200,000.00 元"));
  }

  @Test
  @DisplayName("R-SUP-1: a fraud conclusion at the mid-term pays nothing, holds the tranche, starts the disqualification, and the letter neither passes nor pays")
  void midTermFraudPaysNothing() {
    submitMidTerm();
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("midTermDecision", "fraud");
    verdict.put("fraudGrounds", "发票可疑");
    assertThatThrownBy(() -> decideMidTerm(verdict)).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("请写明线索和依据（至少 20 个字）");
    forgetDeliveredMail();
    verdict.put("fraudGrounds", FRAUD_GROUNDS);
    decideMidTerm(verdict);

    assertThat(paidTranches()).containsExactly(Tranche.PLAN_FILED);
    assertThat(payments.paid(applicationKey(SOCIETY))).isEqualByComparingTo("100000.00");
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM).orElseThrow().outcome())
        .isEqualTo(CheckOutcome.FRAUD_REFERRED);
    assertThat(held.findByApplication(applicationKey(SOCIETY))).singleElement().satisfies(h -> {
      assertThat(h.tranche()).isEqualTo(Tranche.MID_TERM_PASSED);
      assertThat(h.amount()).isEqualByComparingTo("60000.00");
      assertThat(h.reason()).contains("弄虚作假");
    });
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("disqualification")
        .processInstanceBusinessKey("DISQ-" + year() + "-" + SOCIETY).singleResult()).isWaitingAt("InvestigateFraud");
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> {
      assertThat(subject(m)).contains("中期检查结果通知");
      assertThat(body(m)).contains("发现弄虚作假线索，移交核查").doesNotContain("通过", "拨付");
    });
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationLabel()).doesNotContain("通过");
    // R-SUP-2: the public sees a check under investigation, never an unproven suspicion.
    String page = cn.wast.capacity.support.WebappSession.anonymous(port).get("/public/").text();
    assertThat(page).contains("核查中").doesNotContain("弄虚作假线索", "移交核查");
  }

  @Test
  @DisplayName("R-CHK-1: the old fraud tick cannot go with a pass that pays: the submission is refused and nothing is paid")
  void fraudTickWithAPassIsRefused() {
    submitMidTerm();
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("midTermDecision", "passed");
    verdict.put("fraudSuspected", true);
    verdict.put("fraudGrounds", FRAUD_GROUNDS);
    assertThatThrownBy(() -> decideMidTerm(verdict)).hasMessageContaining("表单上没有的项")
        .hasMessageContaining("fraudSuspected");
    assertThat(paidTranches()).containsExactly(Tranche.PLAN_FILED);
    assertThat(implementation).isWaitingAt("ReviewMidTerm");
  }

  @Test
  @DisplayName("R-CHK-1 R-DYN-1: a failed mid-term holds 60,000.00 with its reasons; the final pass then pays 100,000.00, 200,000.00 in all")
  void failedMidTermHoldsUntilTheFinalPass() {
    submitMidTerm();
    Map<String, Object> verdict = failedMidTerm();
    verdict.put("midTermReasons", "太慢");
    assertThatThrownBy(() -> decideMidTerm(verdict)).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("请写明未通过的理由（至少 10 个字）").hasMessageContaining("整改完成日期");
    verdict.putAll(failedMidTerm());
    verdict.put("correctBy", filedOn.plusMonths(9).toString());
    decideMidTerm(verdict);

    assertThat(paidTranches()).containsExactly(Tranche.PLAN_FILED);
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.MID_TERM).orElseThrow().outcome())
        .isEqualTo(CheckOutcome.FAILED);
    assertThat(held.findByApplication(applicationKey(SOCIETY))).singleElement().satisfies(h -> {
      assertThat(h.tranche()).isEqualTo(Tranche.MID_TERM_PASSED);
      assertThat(h.amount()).isEqualByComparingTo("60000.00");
      assertThat(h.reason()).contains("中期检查未通过", "科普进社区仅完成两场");
      assertThat(h.releasedAt()).isNull();
    });
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m)).contains(
        "中期检查结论：未通过", "科普进社区仅完成两场", "中期检查未通过，暂缓拨付60,000.00 元", "补齐剩余科普进社区活动",
        "累计已拨付100,000.00 元"));
    assertThat(implementation).isWaitingAt("ImplementationPeriodEnds");

    reachAndSubmitFinal();
    String shown = as(OFFICE, () -> FormJson.text(taskService.getVariable(
        officeTask(implementation, "ReviewFinalAcceptance").getId(), "paymentsText")));
    assertThat(shown).isEqualTo("已拨付 100,000.00 元；暂缓拨付 中期检查通过后 60,000.00 元（中期检查未通过："
        + "科普进社区仅完成两场，经费执行率明显偏低，与方案进度不符。）；尚未拨付 100,000.00 元");
    decideFinal(Map.of("finalDecision", "passed"));
    assertThat(paidTranches()).containsExactly(Tranche.PLAN_FILED, Tranche.FINAL_ACCEPTED);
    assertThat(paidIn(Tranche.FINAL_ACCEPTED)).isEqualByComparingTo("100000.00");
    assertThat(payments.paid(applicationKey(SOCIETY))).isEqualByComparingTo("200000.00");
    assertThat(held.findByApplication(applicationKey(SOCIETY))).singleElement()
        .satisfies(h -> assertThat(h.releasedAt()).isEqualTo(now()));
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m))
        .contains("拨付奖励补助经费100,000.00 元", "含中期检查暂缓拨付的60,000.00 元", "累计已拨付200,000.00 元"));
  }

  @Test
  @DisplayName("R-CHK-1: a failed mid-term's reasons in the full 4,000 characters the form allows are held with the tranche whole and shown at the final acceptance")
  void fullLengthMidTermReasonsAreHeldWhole() {
    submitMidTerm();
    String piece = "第3.1项(科普): 仅完成2场, 执行率[40%]! ";
    String reasons = FullLength.of(piece, 4000);
    Map<String, Object> verdict = failedMidTerm();
    verdict.put("midTermReasons", reasons);
    verdict.put("correctBy", filedOn.plusMonths(9).toString());
    decideMidTerm(verdict);

    assertThat(held.findByApplication(applicationKey(SOCIETY))).singleElement()
        .satisfies(h -> assertThat(h.reason()).isEqualTo("中期检查未通过：" + reasons));
    reachAndSubmitFinal();
    String shown = as(OFFICE, () -> FormJson.text(taskService.getVariable(
        officeTask(implementation, "ReviewFinalAcceptance").getId(), "paymentsText")));
    assertThat(shown).contains("（中期检查未通过：" + Markdown.escape(reasons) + "）");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-CHK-1 R-FUND-4: a held tranche is on record for the office (award list, 经费跟踪 sheet) and on the society's page, as 暂缓 with its reason")
  void heldTrancheIsVisible() throws Exception {
    submitMidTerm();
    Map<String, Object> verdict = failedMidTerm();
    verdict.put("correctBy", filedOn.plusMonths(9).toString());
    decideMidTerm(verdict);
    String key = applicationKey(SOCIETY);

    List<List<String>> awardList = sheet(reports.awardList(year()), "表彰名单");
    assertThat(awardList.get(0)).endsWith("已拨付（元）", "暂缓拨付（元）", "逾期情况");
    assertThat(awardList.get(1)).endsWith("中期检查未通过，暂缓拨付，实施中", "100000.00", "60000.00", "无");
    List<List<String>> heldSheet = sheet(reports.fundTracking(year()), "暂缓拨付");
    assertThat(heldSheet).hasSize(2);
    assertThat(heldSheet.get(1)).startsWith("武汉药学会", key, "中期检查通过后", "60000.00")
        .contains("中期检查未通过：科普进社区仅完成两场，经费执行率明显偏低，与方案进度不符。", "暂缓");
    assertThat(societyPage(SOCIETY)).contains("暂缓拨付 中期检查通过后 60,000.00 元（中期检查未通过：科普进社区仅完成两场");

    reachAndSubmitFinal();
    decideFinal(Map.of("finalDecision", "passed"));
    assertThat(sheet(reports.fundTracking(year()), "暂缓拨付").get(1)).endsWith("已于结项验收通过后拨付");
    assertThat(sheet(reports.awardList(year()), "表彰名单").get(1)).endsWith("200000.00", "0.00", "无");
  }

  private static List<List<String>> sheet(byte[] workbook, String name) throws java.io.IOException {
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
      var format = new org.apache.poi.ss.usermodel.DataFormatter();
      List<List<String>> rows = new java.util.ArrayList<>();
      for (var row : book.getSheet(name)) {
        List<String> cells = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  @Test
  @DisplayName("R-DYN-1: adjusted by 50,000.00 after 160,000.00 paid: 150,000.00 due, a recovery of 10,000.00 opens and nothing more is paid")
  void adjustmentBelowWhatWasPaidOpensARecovery() {
    submitMidTerm();
    decideMidTerm(Map.of("midTermDecision", "passed"));
    reachAndSubmitFinal();
    decideFinal(adjusted(50000));
    assertThat(paidTranches()).containsExactly(Tranche.PLAN_FILED, Tranche.MID_TERM_PASSED);
    assertThat(recoveryOpened(applicationKey(SOCIETY))).hasValueSatisfying(due -> assertThat(due)
        .isEqualByComparingTo("10000.00"));
    assertThat(support.find(applicationKey(SOCIETY)).orElseThrow().support()).isEqualTo(Support.ADJUSTED);
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m)).contains("调减金额50,000.00 元",
        "调整后的奖励补助为150,000.00 元", "已拨付160,000.00 元", "请退回10,000.00 元").doesNotContain("拨付奖励补助经费"));
  }

  @Test
  @DisplayName("R-DYN-1: adjusted by 20,000.00 after 160,000.00 paid: 180,000.00 due, 20,000.00 paid, no recovery")
  void adjustmentAboveWhatWasPaidPaysTheRest() {
    submitMidTerm();
    decideMidTerm(Map.of("midTermDecision", "passed"));
    reachAndSubmitFinal();
    decideFinal(adjusted(20000));
    assertThat(paidIn(Tranche.FINAL_ACCEPTED)).isEqualByComparingTo("20000.00");
    assertThat(payments.paid(applicationKey(SOCIETY))).isEqualByComparingTo("180000.00");
    assertThat(recoveryOpened(applicationKey(SOCIETY))).isEmpty();
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m)).contains("调整后的奖励补助为180,000.00 元",
        "拨付奖励补助经费20,000.00 元", "累计已拨付180,000.00 元"));
  }

  @Test
  @DisplayName("R-DYN-1: terminated: nothing more is paid, the 40,000.00 not paid is on record")
  void terminationPaysNothingMore() {
    submitMidTerm();
    decideMidTerm(Map.of("midTermDecision", "passed"));
    reachAndSubmitFinal();
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("finalDecision", "failed");
    verdict.put("dynamicAction", "terminate");
    verdict.put("finalReasons", "主要考核指标均未完成，经费使用与方案严重不符。");
    decideFinal(verdict);
    assertThat(paidTranches()).containsExactly(Tranche.PLAN_FILED, Tranche.MID_TERM_PASSED);
    assertThat(payments.paid(applicationKey(SOCIETY))).isEqualByComparingTo("160000.00");
    assertThat(held.findByApplication(applicationKey(SOCIETY))).singleElement().satisfies(h -> {
      assertThat(h.tranche()).isEqualTo(Tranche.FINAL_ACCEPTED);
      assertThat(h.amount()).isEqualByComparingTo("40000.00");
      assertThat(h.reason()).contains("终止支持");
    });
    assertThat(recoveryOpened(applicationKey(SOCIETY))).isEmpty();
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m))
        .contains("终止对贵会的支持", "尚未拨付的40,000.00 元不再拨付", "累计已拨付160,000.00 元"));
  }

  @Test
  @DisplayName("R-SUP-1 R-DYN-1: a fraud finding at the final acceptance pays nothing, starts the disqualification and records no continued support")
  void finalFraudPaysNothing() {
    submitMidTerm();
    decideMidTerm(Map.of("midTermDecision", "passed"));
    reachAndSubmitFinal();
    Map<String, Object> verdict = new HashMap<>();
    verdict.put("finalDecision", "fraud");
    verdict.put("fraudGrounds", FRAUD_GROUNDS);
    decideFinal(verdict);
    assertThat(paidTranches()).containsExactly(Tranche.PLAN_FILED, Tranche.MID_TERM_PASSED);
    assertThat(support.find(applicationKey(SOCIETY))).isEmpty();
    assertThat(checks.find(applicationKey(SOCIETY), CheckKind.FINAL).orElseThrow().outcome())
        .isEqualTo(CheckOutcome.FRAUD_REFERRED);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("disqualification")
        .processInstanceBusinessKey("DISQ-" + year() + "-" + SOCIETY).count()).isEqualTo(1);
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationStatus())
        .isNotIn(Award.COMPLETED, Award.ADJUSTED);
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> assertThat(body(m))
        .contains("发现弄虚作假线索，移交核查").doesNotContain("通过", "继续给予支持", "拨付奖励补助经费"));
  }
}
