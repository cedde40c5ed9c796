package cn.wast.capacity.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.eligibility.EligibilityCheck;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.society.FraudBan;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.FullLength;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The disqualification process (撤销资格) for fraud found during implementation (R-SUP-1, R-EXCL-4). */
class DisqualificationProcessTest extends ReviewTestBase {

  private static final String SOCIETY = "WHSW";
  private static final String MAIL = "whsw@societies.example.cn";

  @Autowired Payments payments;
  @Autowired Awards awards;
  @Autowired Applications applications;
  @Autowired SocietyRegistry registry;
  @Autowired FundRecoveries recoveries;
  @Autowired EligibilityCheck eligibility;

  private Society registered;
  private ProcessInstance implementation;


  @BeforeEach
  void awardAndFilePlan() {
    registered = registry.findByCode(SOCIETY).orElseThrow();
    implementation = awardedImplementation(SOCIETY);
    filePlan(implementation);
  }

  /** The society files its fund plan and the office files it: the first tranche is paid. */
  private void filePlan(ProcessInstance implementation) {
    Map<String, Object> plan = SampleForms.fundPlan(LocalDate.ofInstant(now(), ZONE));
    claimAndComplete(DemoUsers.userOf(SOCIETY), as(DemoUsers.userOf(SOCIETY),
        () -> taskService.createTaskQuery().processInstanceId(implementation.getId()).singleResult()), plan);
    claimAndComplete(OFFICE, officeTask(implementation, "FileFundPlan"), Map.of("fundPlanDecision", "filed"));
    forgetDeliveredMail();
  }

  @AfterEach
  void restoreRegistry() {
    jdbc.update("DELETE FROM society_fraud_ban WHERE society_code IN (?, 'WHSX') AND decided_on >= ?", SOCIETY,
        LocalDate.of(year(), 1, 1));
    jdbc.update("DELETE FROM society_annual_inspection WHERE society_code = ? AND inspection_year >= ?", SOCIETY, year());
    jdbc.update("DELETE FROM society_work_report WHERE society_code = ? AND report_year >= ?", SOCIETY, year());
    jdbc.update("DELETE FROM fund_recovery");
    registry.save(registered);
  }

  private ProcessInstance startDisqualification() {
    Map<String, Object> form = new HashMap<>();
    form.put("roundYear", year());
    form.put("societyCode", SOCIETY.toLowerCase());
    form.put("grounds", "审计发现该学会中期台账所列学术年会实际未举办，相关凭证系伪造。");
    return startForm(OFFICE, "disqualification", form);
  }

  private void confirm(ProcessInstance disqualification) {
    Map<String, Object> finding = new HashMap<>();
    finding.put("fraudDecision", "confirmed");
    finding.put("decisionNumber", "武科协〔2026〕12号");
    finding.put("findings", "经核实，所列学术年会未举办，会务发票系伪造。");
    claimAndComplete(OFFICE, singleTask(OFFICE, disqualification.getId()), finding);
  }

  @Test
  @DisplayName("R-SUP-1: findings in the full 4,000 characters the form allows revoke the qualification and stand whole as the ban's grounds")
  void fullLengthFindingsStandWhole() {
    ProcessInstance disqualification = startDisqualification();
    String piece = "经核实(审计报告第3.2节): 学术年会未举办, 发票[No.001]系伪造! ";
    String findings = FullLength.of(piece, 4000);
    Map<String, Object> finding = new HashMap<>();
    finding.put("fraudDecision", "confirmed");
    finding.put("decisionNumber", "武科协〔2026〕12号");
    finding.put("findings", findings);
    claimAndComplete(OFFICE, singleTask(OFFICE, disqualification.getId()), finding);

    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(applications.find(applicationKey(SOCIETY)).orElseThrow().statusReason()).isEqualTo("弄虚作假，撤销资格：" + findings);
    assertThat(registry.loadRecord(SOCIETY).orElseThrow().fraudBans()).singleElement()
        .satisfies(ban -> assertThat(ban.grounds()).isEqualTo(findings));
  }

  @Test
  @DisplayName("R-SUP-1: the investigation form shows every ground whole, however many were joined and however long")
  void everyGroundIsShownWholeToTheInvestigator() {
    String first = FullLength.of("审计发现(报告第2.1节): 学术年会未举办, 凭证[No.7]系伪造! ", 4000);
    String second = FullLength.of("群众来信反映：科普活动照片系从网上下载，活动并未举办。", 4000);
    Map<String, Object> form = new HashMap<>();
    form.put("roundYear", year());
    form.put("societyCode", SOCIETY);
    form.put("grounds", first);
    ProcessInstance investigation = startForm(OFFICE, "disqualification", form);
    form.put("grounds", second);
    assertThat(startForm(OFFICE, "disqualification", form)).isEnded().hasPassed("JoinedRunning");

    String shown = (String) taskService.getVariable(singleTask(OFFICE, investigation.getId()).getId(), "groundsMarkdown");

    assertThat(shown).contains(Markdown.paragraphs(first), Markdown.paragraphs(second)).doesNotContain("其余依据");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-SUP-1: fraud found mid-implementation ends the implementation, recovers what was paid and bans for three years")
  void fraudRevokesRecoversAndBans() {
    ProcessInstance disqualification = startDisqualification();
    assertThat(disqualification).hasBusinessKey("DISQ-" + year() + "-" + SOCIETY).isWaitingAt("InvestigateFraud");
    LocalDate decidedOn = LocalDate.ofInstant(now(), ZONE);
    confirm(disqualification);

    assertThat(implementation).isEnded().hasPassed("QualificationRevoked", "ImplementationTerminated");
    assertThat(applications.find(applicationKey(SOCIETY)).orElseThrow().status()).isEqualTo(ApplicationStatus.DISQUALIFIED);
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationStatus()).isEqualTo("REVOKED");
    assertThat(stageOn(societyPage(SOCIETY), applicationKey(SOCIETY))).isEqualTo("已撤销资格");
    BigDecimal paid = payments.paid(applicationKey(SOCIETY));
    assertThat(paid).isEqualByComparingTo("100000.00");
    assertThat(recoveries.ofApplication(applicationKey(SOCIETY))).singleElement().satisfies(r -> {
      assertThat(r.amountDue()).isEqualByComparingTo(paid);
      assertThat(r.balance()).isEqualByComparingTo(paid);
    });
    LocalDate lastDay = decidedOn.plusYears(3).minusDays(1);
    assertThat(registry.loadRecord(SOCIETY).orElseThrow().fraudBans())
        .contains(new FraudBan(decidedOn, lastDay, "经核实，所列学术年会未举办，会务发票系伪造。", "武汉市科学技术协会",
            "武科协〔2026〕12号", false));
    assertThat(jdbc.queryForMap("SELECT deciding_body, decision_number, grounds, starts_on, last_day, source"
        + " FROM society_fraud_ban WHERE society_code = ? AND decided_on = ?", SOCIETY, decidedOn))
        .containsEntry("DECIDING_BODY", "武汉市科学技术协会").containsEntry("DECISION_NUMBER", "武科协〔2026〕12号")
        .containsEntry("GROUNDS", "经核实，所列学术年会未举办，会务发票系伪造。").containsEntry("SOURCE", "WAST")
        .hasEntrySatisfying("STARTS_ON", d -> assertThat(d.toString()).isEqualTo(decidedOn.toString()))
        .hasEntrySatisfying("LAST_DAY", d -> assertThat(d.toString()).isEqualTo(lastDay.toString()));
    var export = cn.wast.capacity.support.WebappSession.login(port, "auditor1", "demo", "cockpit")
        .get("/office/credit/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(sheetRows(export.body())).anySatisfy(r -> assertThat(r).containsSubsequence(registered.name(),
        "武汉市科学技术协会", "武科协〔2026〕12号", "经核实，所列学术年会未举办，会务发票系伪造。", decidedOn.toString(),
        lastDay.toString(), "市科协撤销资格"));
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> {
      assertThat(subject(m)).contains("撤销资格决定");
      assertThat(body(m)).contains("武汉市科学技术协会决定（武科协〔2026〕12号）");
      assertThat(body(m)).contains("会务发票系伪造", "100,000.00 元", "自本决定之日起3年内取消贵会的申报资格",
          lastDay.getYear() + "年");
    });
    // The disqualification ends with the decision; the recovery runs as a process of its own.
    assertThat(disqualification).isEnded().hasPassed("Revoked");
    ProcessInstance recovery = runtimeService.createProcessInstanceQuery().processDefinitionKey("recovery")
        .processInstanceBusinessKey("RECOV-" + year() + "-" + SOCIETY + "-"
            + recoveries.ofApplication(applicationKey(SOCIETY)).get(0).id()).singleResult();
    assertThat(recovery).isWaitingAt("RecordInstalment");
    // R-SUP-2: the public page discloses the revocation.
    String page = cn.wast.capacity.support.WebappSession.anonymous(port).get("/public/").text();
    assertThat(page).contains("（已撤销资格）", year() + " 年度撤销资格", "武汉生物工程学会");

    setClock(decidedOn.plusDays(31), LocalTime.of(9, 0));
    executeDueJobs();
    assertThat(deliveredTo(MAIL)).filteredOn(m -> subject(m).contains("退回经费提醒")).singleElement()
        .satisfies(m -> assertThat(body(m)).contains("尚有100,000.00 元未退回"));
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertEveryVariableHasAChineseName();
  }

  @Autowired DisqualificationStarter starter;

  private List<ProcessInstance> runningDisqualifications() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(DisqualificationVariables.PROCESS).list();
  }

  @Test
  @DisplayName("R-SUP-1: two starts for one society at the same moment end in one investigation with both grounds")
  void simultaneousStartsEndInOne() throws Exception {
    String key = applicationKey(SOCIETY);
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<?>> starts = new java.util.ArrayList<>();
      for (String grounds : List.of("中期检查发现学术年会会务发票系伪造，金额九万元。", "公示异议认定该学会申报材料中获奖证书系伪造。")) {
        starts.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          starter.start(key, grounds, grounds.startsWith("中期") ? "中期检查中发现的线索" : "公示异议认定弄虚作假");
          return null;
        }));
      }
      ready.await();
      go.countDown();
      for (var start : starts) {
        start.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(runningDisqualifications()).singleElement().satisfies(running -> {
      assertThat(running).isWaitingAt("InvestigateFraud");
      String shown = (String) runtimeService.getVariable(running.getId(), "groundsMarkdown");
      assertThat(shown).contains("中期检查中发现的线索", "会务发票系伪造", "公示异议认定弄虚作假", "获奖证书系伪造");
    });
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DisqualificationVariables.PROCESS)
        .finished().list()).singleElement().satisfies(joined ->
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(joined.getId())
                .activityId("JoinedRunning").count()).isEqualTo(1));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM running_disqualification", Integer.class)).isEqualTo(1);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-SUP-1: a finding at a check and the office's own start while an investigation runs are joined to it, grounds on record; the task shows what is paid now")
  void laterStartsJoinTheRunningInvestigation() {
    ProcessInstance investigation = startDisqualification();
    String key = applicationKey(SOCIETY);
    Task task = singleTask(OFFICE, investigation.getId());
    assertThat((String) taskService.getVariable(task.getId(), "paidText")).startsWith("100,000.00 元（截至");

    // A fraud finding ticked at the mid-term check, while the investigation runs.
    starter.start(key, "中期检查发现台账所列专家咨询费领取人签名系代签。", "中期检查中发现的线索");
    // The office, not seeing the running one, starts again on its form: joined, not refused.
    Map<String, Object> again = new HashMap<>();
    again.put("roundYear", year());
    again.put("societyCode", SOCIETY);
    again.put("grounds", "群众来信反映该学会科普活动照片系从网上下载，活动并未举办。");
    ProcessInstance joined = startForm(OFFICE, "disqualification", again);
    assertThat(joined).isEnded().hasPassed("JoinedRunning").hasNotPassed("InvestigateFraud");
    assertThat(runningDisqualifications()).extracting(ProcessInstance::getId).containsExactly(investigation.getId());

    // Money paid while it runs is what the task shows when the office claims it.
    setClock(now().plusSeconds(3600));
    payments.pay(key, new BigDecimal("200000"), cn.wast.capacity.funds.Tranche.MID_TERM_PASSED, now());
    BigDecimal paidNow = payments.paid(key);
    as(OFFICE, () -> taskService.claim(task.getId(), OFFICE));
    Map<String, Object> shown = taskService.getVariables(task.getId());
    assertThat((String) shown.get("paidText")).startsWith(cn.wast.capacity.Numbers.yuan(paidNow) + "（截至")
        .doesNotStartWith("100,000.00");
    assertThat((String) shown.get("groundsMarkdown")).contains("学术年会实际未举办", "专家咨询费领取人签名系代签",
        "中期检查中发现的线索", "科普活动照片系从网上下载", "专项办公室发起");
    assertThat(jdbc.queryForList("SELECT source FROM disqualification_ground WHERE business_key = ? ORDER BY id",
        String.class, "DISQ-" + year() + "-" + SOCIETY))
        .containsExactly("专项办公室发起", "中期检查中发现的线索", "专项办公室发起");

    // Once it ends, a new start opens a new investigation.
    confirm(investigation);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM running_disqualification", Integer.class)).isZero();
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertEveryVariableHasAChineseName();
  }

  /** The credit list export's rows, every cell as text. */
  private static List<List<String>> sheetRows(byte[] xlsx) {
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var format = new org.apache.poi.ss.usermodel.DataFormatter();
      List<List<String>> rows = new java.util.ArrayList<>();
      book.getSheetAt(0).forEach(row -> {
        List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
          var cell = row.getCell(i);
          cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : format.formatCellValue(cell));
        }
        rows.add(cells);
      });
      return rows;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("Issue 19: fraud confirmed without the decision's number is refused at 决定文号; nothing is revoked, banned or written, no incident")
  void confirmedWithoutDecisionNumberIsRefused() {
    long bansBefore = jdbc.queryForObject("SELECT COUNT(*) FROM society_fraud_ban", Long.class);
    ProcessInstance disqualification = startDisqualification();
    Task task = singleTask(OFFICE, disqualification.getId());
    for (String typed : List.of("", "   ", "武".repeat(101))) {
      Map<String, Object> finding = new HashMap<>();
      finding.put("fraudDecision", "confirmed");
      finding.put("findings", "经核实，所列学术年会未举办，会务发票系伪造。");
      finding.put("decisionNumber", typed);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> claimAndComplete(OFFICE, task, finding))
          .as("decision number \"%s\"", typed)
          .isInstanceOf(cn.wast.capacity.InputRefusedException.class)
          .hasMessageContaining("决定文号");
    }
    assertThat(disqualification).isWaitingAt("InvestigateFraud");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM society_fraud_ban", Long.class)).isEqualTo(bansBefore);
    assertThat(applications.find(applicationKey(SOCIETY)).orElseThrow().status()).isEqualTo(ApplicationStatus.COMMENDED);
    assertThat(implementation).isActive();
    assertThat(deliveredTo(MAIL)).noneSatisfy(m -> assertThat(subject(m)).contains("撤销资格决定"));
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-SUP-1: an investigation that finds no fraud changes nothing: implementation, status and registry stay")
  void notConfirmedChangesNothing() {
    var bansBefore = registry.loadRecord(SOCIETY).orElseThrow().fraudBans();
    ProcessInstance disqualification = startDisqualification();
    Map<String, Object> finding = new HashMap<>();
    finding.put("fraudDecision", "notConfirmed");
    finding.put("findings", "经核实，学术年会如期举办，会务凭证齐全，举报不实。");
    claimAndComplete(OFFICE, singleTask(OFFICE, disqualification.getId()), finding);

    assertThat(disqualification).isEnded().hasPassed("NotConfirmed").hasNotPassed("RevokeQualification");
    assertThat(implementation).isActive();
    assertThat(applications.find(applicationKey(SOCIETY)).orElseThrow().status()).isEqualTo(ApplicationStatus.COMMENDED);
    assertThat(registry.loadRecord(SOCIETY).orElseThrow().fraudBans()).isEqualTo(bansBefore);
    assertThat(recoveries.ofApplication(applicationKey(SOCIETY))).isEmpty();
    assertThat(stageOn(societyPage(SOCIETY), applicationKey(SOCIETY))).isEqualTo("已表彰 · 实施中");
  }

  @Test
  @DisplayName("R-SUP-1: fraud by a society that was never paid revokes and bans, with nothing to recover")
  void fraudWithNothingPaidRecoversNothing() {
    Map<String, Object> form = new HashMap<>();
    form.put("roundYear", year());
    form.put("societyCode", "WHSX");
    form.put("grounds", "核查发现该学会申报材料中所列委托项目合同系伪造。");
    ProcessInstance disqualification = startForm(OFFICE, "disqualification", form);
    confirm(disqualification);

    assertThat(disqualification).isEnded().hasPassed("RevokeQualification", "Revoked");
    assertThat(applications.find(applicationKey("WHSX")).orElseThrow().status()).isEqualTo(ApplicationStatus.DISQUALIFIED);
    assertThat(payments.paid(applicationKey("WHSX"))).isZero();
    assertThat(recoveries.ofApplication(applicationKey("WHSX"))).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("recovery").count()).isZero();
    assertThat(registry.loadRecord("WHSX").orElseThrow().fraudBans()).hasSize(1);
    assertThat(implementation).isActive();
  }

  @Test
  @DisplayName("R-EXCL-4 R-SUP-1: the next year the society is refused with R-EXCL-4; the day after the ban ends it is accepted")
  void banRefusesUntilItsLastDay() {
    confirm(startDisqualification());
    LocalDate decidedOn = LocalDate.ofInstant(now(), ZONE);
    LocalDate lastDay = decidedOn.plusYears(3).minusDays(1);

    int nextYear = year() + 1;
    setClock(LocalDate.of(nextYear, 3, 2), LocalTime.of(9, 0));
    ProcessInstance refused = applyInRound(nextYear);
    assertThat(refused).isEnded().hasPassed("ApplicationNotAccepted");
    assertThat(applications.find(nextYear, SOCIETY).orElseThrow().statusReason()).contains("R-EXCL-4", "弄虚作假");

    // The society keeps its registry up to date meanwhile. On the ban's last day R-EXCL-4 alone
    // still refuses it; the day after, its application goes through to formal review.
    LocalDate dayAfter = lastDay.plusDays(1);
    keepRegistryCurrentFor(dayAfter.getYear());
    assertThat(eligibility.check(SOCIETY, lastDay).failedRuleIds()).containsExactly("R-EXCL-4");
    assertThat(eligibility.check(SOCIETY, dayAfter).eligible()).isTrue();
    setClock(dayAfter, LocalTime.of(9, 0));
    ProcessInstance accepted = applyInRound(dayAfter.getYear());
    assertThat(accepted).isWaitingAt("FormalReview");
    assertLettersQuoteRulesInWords();
    assertLettersPunctuatedOnce();
  }

  @Test
  @DisplayName("R-SUP-1 R-EXCL-4: the society's application in the next round, in formal review, is withdrawn by the revocation with a letter saying why")
  void revocationWithdrawsTheNextRoundsApplication() {
    int nextYear = year() + 1;
    keepRegistryCurrentFor(nextYear);
    setClock(LocalDate.of(nextYear, 3, 2), LocalTime.of(9, 0));
    ProcessInstance next = applyInRound(nextYear);
    assertThat(next).isWaitingAt("FormalReview");
    String nextKey = applications.find(nextYear, SOCIETY).orElseThrow().businessKey();
    forgetDeliveredMail();

    ProcessInstance disqualification = startDisqualification();
    LocalDate decidedOn = LocalDate.ofInstant(now(), ZONE);
    confirm(disqualification);

    assertThat(next).isEnded().hasPassed("ApplicationWithdrawnOnRevocation").hasNotPassed("NotifyAccepted");
    assertThat(taskService.createTaskQuery().processInstanceId(next.getId()).count()).isZero();
    assertThat(applications.find(nextKey).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN_ON_REVOCATION);
    assertThat(applications.find(nextKey).orElseThrow().statusReason()).contains(applicationKey(SOCIETY), "撤销资格");
    String banUntil = cn.wast.capacity.ChineseDates.date(decidedOn.plusYears(3).minusDays(1));
    assertThat(deliveredTo(MAIL)).filteredOn(m -> subject(m).contains("撤回申报通知")).singleElement().satisfies(m -> {
      assertThat(subject(m)).contains(nextYear + "年度");
      assertThat(body(m)).contains(nextKey, applicationKey(SOCIETY), "3年内取消贵会的申报资格", banUntil);
    });
    assertThat(stageOn(societyPage(SOCIETY), nextKey)).isEqualTo("因撤销资格撤回");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-SUP-1 R-EXCL-4: the society's application in expert review next round is withdrawn: its scoring tasks go, it is not ranked, the round goes on")
  void revocationWithdrawsAnApplicationInExpertReview() {
    ProcessInstance nextRound = nextRoundInExpertReview();
    String nextKey = applications.find(year() + 1, SOCIETY).orElseThrow().businessKey();
    ProcessInstance review = reviewOf(nextKey);
    assertThat(review).isActive();
    assertThat(applications.find(nextKey).orElseThrow().status()).isEqualTo(ApplicationStatus.UNDER_EXPERT_REVIEW);
    // One expert has scored before the revocation: that score must not rank it.
    String firstExpert = EXPERTS.stream().filter(e -> !scoringTasks(e).isEmpty()).findFirst().orElseThrow();
    score(firstExpert, scoringTask(firstExpert, nextKey), scores(88));
    executeDueJobs();
    forgetDeliveredMail();

    confirm(startDisqualification());
    executeDueJobs();

    assertThat(review).isEnded().hasPassed("ReviewWithdrawnOnRevocation");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(nextKey).count()).isZero();
    for (String expert : EXPERTS) {
      assertThat(scoringTasks(expert)).as(expert).isEmpty();
    }
    assertThat(jdbc.queryForList("SELECT status FROM review_assignment WHERE application_key = ?", String.class, nextKey))
        .containsExactlyInAnyOrder("SCORED", "WITHDRAWN", "WITHDRAWN");
    assertThat(applications.find(nextKey).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN_ON_REVOCATION);
    assertThat(deliveredTo(MAIL)).filteredOn(m -> subject(m).contains("撤回申报通知")).singleElement()
        .satisfies(m -> assertThat(body(m)).contains(nextKey, applicationKey(SOCIETY)));
    assertThat(nextRound).hasPassed("RankApplications");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_result WHERE application_key = ?", Integer.class,
        nextKey)).isZero();
    assertThat(applications.find(nextKey).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN_ON_REVOCATION);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-SUP-1 R-REV-3: the society's place on next year's running notice is cancelled for the revocation, without fraud details on the public page; the office decides on moving up")
  void revocationCancelsAPlaceOnARunningNotice() {
    ProcessInstance nextRound = nextRoundOnNotice();
    String nextKey = applications.find(year() + 1, SOCIETY).orElseThrow().businessKey();
    assertThat(applications.find(nextKey).orElseThrow().status()).isEqualTo(ApplicationStatus.PROPOSED);
    forgetDeliveredMail();

    confirm(startDisqualification());
    executeDueJobs();

    assertThat(applications.find(nextKey).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN_ON_REVOCATION);
    assertThat(notices.findByApplication(nextKey).orElseThrow().status())
        .isEqualTo(cn.wast.capacity.publicity.NoticeStatus.REVOKED);
    String page = cn.wast.capacity.support.WebappSession.anonymous(port).get("/public/").text();
    String section = page.substring(page.indexOf("round-" + (year() + 1)));
    assertThat(section).contains("因撤销资格取消").doesNotContain("会务发票系伪造", "弄虚作假线索");
    Task moveUp = officeTask(nextRound, "DecideMoveUp");
    assertThat(moveUp).isNotNull();
    assertThat(FormJson.text(taskService.getVariable(moveUp.getId(), "removalText"))).contains(nextKey, "撤销资格");
    assertThat(deliveredTo(MAIL)).filteredOn(m -> subject(m).contains("撤回申报通知")).singleElement()
        .satisfies(m -> assertThat(body(m)).contains(nextKey));
    assertThat(deliveredTo(MAIL)).noneSatisfy(m -> assertThat(body(m)).contains("异议成立"));

    Map<String, Object> vacant = new HashMap<>();
    vacant.put("moveUpDecision", "leaveVacant");
    vacant.put("moveUpReasons", "没有可递补的学会，该名额空缺。");
    claimAndComplete(OFFICE, moveUp, vacant);
    executeDueJobs();
    assertThat(nextRound).hasPassed("RevokedInPeriod", "RemoveFromNotice", "PlaceLeftVacant");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-SUP-1: the revocation ends the society's other running implementation too: no further tranche, what was paid is recovered, a letter says why")
  void revocationEndsAnotherYearsImplementation() {
    ProcessInstance nextRound = nextRoundOnNotice();
    String nextKey = applications.find(year() + 1, SOCIETY).orElseThrow().businessKey();
    setClock(notices.findByApplication(nextKey).orElseThrow().endsAt().plusSeconds(60));
    executeDueJobs();
    ProcessInstance other = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("IMPL-" + (year() + 1) + "-" + SOCIETY).singleResult();
    filePlan(other);
    BigDecimal paidOther = payments.paid(nextKey);
    assertThat(paidOther).isPositive();
    forgetDeliveredMail();

    confirm(startDisqualification());
    executeDueJobs();

    assertThat(implementation).isEnded().hasPassed("ImplementationTerminated");
    assertThat(other).isEnded().hasPassed("QualificationRevoked", "ImplementationTerminated");
    assertThat(awards.find(nextKey).orElseThrow().implementationStatus()).isEqualTo("REVOKED");
    assertThat(applications.find(nextKey).orElseThrow().status()).isEqualTo(ApplicationStatus.DISQUALIFIED);
    assertThat(applications.find(nextKey).orElseThrow().statusReason()).contains(applicationKey(SOCIETY), "撤销资格");
    assertThat(recoveries.ofApplication(nextKey)).singleElement()
        .satisfies(r -> assertThat(r.amountDue()).isEqualByComparingTo(paidOther));
    assertThat(deliveredTo(MAIL)).filteredOn(m -> subject(m).contains("终止实施通知")).singleElement().satisfies(m -> {
      assertThat(subject(m)).contains((year() + 1) + "年度");
      assertThat(body(m)).contains(nextKey, applicationKey(SOCIETY), cn.wast.capacity.Numbers.yuan(paidOther));
    });
    // No tranche of the ended implementation is paid later.
    setClock(now().plus(java.time.Duration.ofDays(400)));
    executeDueJobs();
    assertThat(payments.paid(nextKey)).isEqualByComparingTo(paidOther);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-SUP-1 R-SUP-2: a place whose notice period ended with an objection still under investigation is cancelled for the revocation too")
  void revocationCancelsAPlaceAwaitingAnObjectionDecision() {
    ProcessInstance nextRound = nextRoundOnNotice();
    String nextKey = applications.find(year() + 1, SOCIETY).orElseThrow().businessKey();
    var entry = notices.findByApplication(nextKey).orElseThrow();
    object(SampleForms.objection(entry.id()));
    setClock(entry.endsAt().plusSeconds(60));
    executeDueJobs();
    assertThat(nextRound).isWaitingAt("AwaitObjectionDecision");

    confirm(startDisqualification());
    executeDueJobs();

    assertThat(nextRound).hasPassed("RevokedAfterPeriod", "RemoveFromNotice");
    assertThat(notices.findByApplication(nextKey).orElseThrow().status())
        .isEqualTo(cn.wast.capacity.publicity.NoticeStatus.REVOKED);
    assertThat(officeTask(nextRound, "DecideMoveUp")).isNotNull();
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  /** The society's next-year application scored by three experts and confirmed: it stands on the running notice. */
  private ProcessInstance nextRoundOnNotice() {
    ProcessInstance nextRound = nextRoundInExpertReview();
    for (String expert : EXPERTS) {
      for (Task task : scoringTasks(expert)) {
        score(expert, task, scores(90));
      }
    }
    executeDueJobs();
    claimAndComplete(OFFICE, officeTask(nextRound, "ConfirmProposedList"), Map.of("proposedListConfirmed", true));
    return nextRound;
  }

  /** The society applies next year, is accepted, and its application is in expert review (three experts). */
  private ProcessInstance nextRoundInExpertReview() {
    int nextYear = year() + 1;
    keepRegistryCurrentFor(nextYear);
    setClock(LocalDate.of(nextYear, 3, 2), LocalTime.of(9, 0));
    ProcessInstance next = applyInRound(nextYear);
    claimAndComplete(OFFICE, singleTask(OFFICE, next.getId()), Map.of("formalReviewDecision", "accepted"));
    ProcessInstance nextRound = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("ROUND-" + nextYear).singleResult();
    setClock(LocalDate.of(nextYear, 3, 2).plusDays(41), LocalTime.of(9, 0));
    executeDueJobs();
    formCommittee(nextRound, EXPERTS, 3);
    return nextRound;
  }

  /** Opens the year's round if it is not open yet, and has the society apply in it. */
  private ProcessInstance applyInRound(int roundYear) {
    if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ROUND-" + roundYear).count() == 0) {
      LocalDate today = LocalDate.ofInstant(now(), ZONE);
      Map<String, Object> round = roundForm();
      round.put("roundYear", roundYear);
      round.put("applicationDeadline", today.plusDays(20).toString());
      round.put("formalReviewDeadline", today.plusDays(40).toString());
      startForm(OFFICE, "round", round);
      executeDueJobs();
    }
    uploadBoardResolution(SOCIETY, roundYear);
    Map<String, Object> form = applicationForm();
    form.put("roundYear", roundYear);
    form.put("boardMeetingDate", LocalDate.ofInstant(now(), ZONE).minusDays(5).toString());
    ProcessInstance application = apply(SOCIETY, form);
    executeDueJobs();
    return application;
  }

  private void keepRegistryCurrentFor(int applicationYear) {
    for (int y = year(); y < applicationYear; y++) {
      registry.recordInspection(SOCIETY, y, true);
      registry.recordWorkReport(SOCIETY, y, LocalDate.of(y, 12, 20), LocalDate.of(y, 12, 28));
    }
    registry.save(new Society(registered.code(), registered.name(), registered.contactEmail(),
        registered.affiliatedWithWast(), registered.internalManagementSound(), LocalDate.of(applicationYear + 2, 12, 31),
        registered.secretaryGeneralName(), registered.secretaryGeneralTenure(), registered.staffCount(),
        registered.financialRulesInPlace(), registered.independentBankAccount(), registered.financialStaffCount()));
  }
}
