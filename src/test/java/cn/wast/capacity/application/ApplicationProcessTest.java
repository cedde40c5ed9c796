package cn.wast.capacity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentControllerTest;
import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.IntakeTestBase;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The application process (学会申报): every path a society and the office take through intake. */
class ApplicationProcessTest extends IntakeTestBase {

  @Autowired SocietyRegistry societies;
  @Autowired Applications applications;

  private final String society = DemoSocieties.ELIGIBLE.get(0);
  private final String societyUser = DemoUsers.userOf(society);
  private String societyEmail;
  private String societyName;
  private final String key = "APP-" + year() + "-" + society;

  @BeforeEach
  void roundIsOpen() throws Exception {
    openRound();
    jdbc.update("DELETE FROM mail_outbox");
    greenMail.purgeEmailFromAllMailboxes();
    societyEmail = societies.findByCode(society).orElseThrow().contactEmail();
    societyName = societies.findByCode(society).orElseThrow().name();
  }

  /** Submitted: the eligibility check ran in the submission's own transaction, no job is left for it. */
  private ProcessInstance submitted() {
    uploadBoardResolution(society);
    ProcessInstance application = apply(society);
    assertThat(application).hasBusinessKey(key).isWaitingAt("FormalReview");
    assertThat(jobsOf(application)).isZero();
    return application;
  }

  private long jobsOf(ProcessInstance application) {
    return managementService.createJobQuery().processInstanceId(application.getId()).count();
  }

  private List<String> outboxMailTypesOf(String businessKey) {
    return jdbc.queryForList("SELECT mail_type FROM mail_outbox WHERE business_key = ? ORDER BY id", String.class,
        businessKey);
  }

  @Test
  @DisplayName("R-APP-1 R-ELIG-1..5: the verdict is there when the submission returns: 形式审查 with its receipt in the outbox, no job, no second transaction")
  void eligibilityIsCheckedInTheSubmission() {
    uploadBoardResolution(society);
    ProcessInstance application = apply(society);

    assertThat(application).isWaitingAt("FormalReview").hasPassed("CheckEligibility");
    assertThat(jobsOf(application)).isZero();
    assertThat(applications.find(key).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_FORMAL_REVIEW);
    assertThat(outboxMailTypesOf(key)).containsExactly("APPLICATION_RECEIVED");
    assertThat(stageOn(societyPage(society), key)).as("the society's page, right after submitting")
        .isEqualTo("材料审核中");
    assertThat(societyPage(society)).contains("学会提交申报", "形式审查");
  }

  @Test
  @DisplayName("R-ELIG-1: a refusal is decided in the submission too: 不予受理 with reasons, history and letter in the outbox, shown on the society's page at once")
  void refusalIsRecordedInTheSubmission() {
    String refused = DemoSocieties.FAILS_R_ELIG_1;
    String refusedKey = "APP-" + year() + "-" + refused;
    uploadBoardResolution(refused);
    ProcessInstance application = apply(refused);

    assertThat(application).isEnded().hasPassed("CheckEligibility", "NotifyNotAccepted");
    assertThat(jobsOf(application)).isZero();
    Application record = applications.find(refusedKey).orElseThrow();
    assertThat(record.status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
    assertThat(record.statusReason()).contains("R-ELIG-1");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(application.getId())
        .variableName("eligibilityReasons").singleResult().getValue()).isEqualTo(record.statusReason());
    assertThat(outboxMailTypesOf(refusedKey)).containsExactly("APPLICATION_RECEIVED", "APPLICATION_NOT_ACCEPTED");
    String page = societyPage(refused);
    assertThat(stageOn(page, refusedKey)).isEqualTo("不予受理");
    assertThat(page).contains(record.statusReason().lines().findFirst().orElseThrow(), "【不予受理】");
  }

  @Test
  @DisplayName("Intake that cannot run (a registry record its readers cannot read) refuses the whole submission in Chinese and leaves nothing half-written")
  void technicalFailureOfTheCheckRollsTheSubmissionBack() {
    uploadBoardResolution(society);
    jdbc.update("INSERT INTO society_violation (society_code, kind, authority, description, recorded_on)"
        + " VALUES (?, 'NO_SUCH_KIND', '市民政局', '导入时写错的记录', ?)", society, java.sql.Date.valueOf(year() - 1 + "-06-01"));
    try {
      assertThatThrownBy(() -> apply(society))
          .isInstanceOf(InputRefusedException.class)
          .hasMessageStartingWith(InputRefusedException.PREFIX)
          .hasMessageContaining("因系统故障暂时无法完成，本次申报未提交")
          .hasMessageContaining("请稍后重新提交")
          .hasRootCauseInstanceOf(IllegalArgumentException.class);

      assertThat(applications.find(key)).isEmpty();
      assertThat(instancesOf("application")).isZero();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Long.class)).isZero();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application_document WHERE application_key IS NULL",
          Long.class)).as("the board resolution stays pending for the next try").isOne();
      assertThat(runtimeService.createIncidentQuery().count()).isZero();
    } finally {
      jdbc.update("DELETE FROM society_violation WHERE kind = 'NO_SUCH_KIND'");
    }

    assertThat(apply(society)).as("submitted again once the record is put right").isWaitingAt("FormalReview");
  }

  private MimeMessage onlyMail(String subjectPart) {
    List<MimeMessage> matching = deliveredTo(societyEmail).stream()
        .filter(m -> subject(m).contains(subjectPart)).toList();
    assertThat(matching).as("mails to %s with subject containing %s", societyEmail, subjectPart).hasSize(1);
    return matching.get(0);
  }

  @Test
  @DisplayName("R-APP-1 R-APP-3 R-REV-1: an eligible application passes formal review and is accepted")
  void eligibleApplicationIsAccepted() {
    ProcessInstance application = submitted();

    assertThat(application).isWaitingAt("FormalReview");
    assertThat(application).task().hasCandidateGroup("office").hasFormKey(null);
    assertThat(applications.find(key).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_FORMAL_REVIEW);
    assertThat(jdbc.queryForObject("SELECT application_key FROM application_document", String.class)).isEqualTo(key);
    MimeMessage receipt = onlyMail("【申报回执】");
    assertThat(body(receipt)).contains(societyName, key);

    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));

    assertThat(application).isEnded().hasPassed("NotifyAccepted");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(application.getId())
        .activityId("ApplicationAccepted").count()).isOne();
    assertThat(applications.find(key).orElseThrow().status()).isEqualTo(ApplicationStatus.ACCEPTED);
    MimeMessage accepted = onlyMail("【受理通知】");
    assertThat(subject(accepted)).contains(societyName, String.valueOf(year()));
    assertThat(body(accepted)).contains(key);
  }

  static Stream<Arguments> singleRuleFailures() {
    return DemoSocieties.FAILS_ONLY.entrySet().stream().map(e -> Arguments.of(e.getValue(), e.getKey()));
  }

  @ParameterizedTest(name = "{1} refuses {0}")
  @MethodSource("singleRuleFailures")
  @DisplayName("R-ELIG-1..5 R-EXCL-1..4: an ineligible society's application ends as 不予受理, with the rule in the mail and in history")
  void ineligibleApplicationIsNotAccepted(String code, String ruleId) {
    uploadBoardResolution(code);
    ProcessInstance application = apply(code);

    assertThat(application).isEnded().hasPassed("NotifyNotAccepted");
    String reasons = (String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(application.getId()).variableName("eligibilityReasons").singleResult().getValue();
    assertThat(reasons).startsWith(RuleClauses.of(ruleId).tag()).endsWith("（" + ruleId + "）");
    Application record = applications.find(year(), code).orElseThrow();
    assertThat(record.status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
    assertThat(record.statusReason()).isEqualTo(reasons);
    List<MimeMessage> refusal = deliveredTo(societies.findByCode(code).orElseThrow().contactEmail()).stream()
        .filter(m -> subject(m).contains("【不予受理】")).toList();
    assertThat(refusal).hasSize(1);
    assertThat(body(refusal.get(0))).contains(reasons)
        .as("the letter rests its refusal on the clause of the rule that failed (R-EXCL-4: 五（二）), no other")
        .contains("（武科协〔2012〕105号）" + RuleClauses.of(ruleId).section() + "的规定")
        .doesNotContain("第三部分");
  }

  @Test
  @DisplayName("R-ELIG-1 R-ELIG-2 R-ELIG-4 R-EXCL-2: every failed rule is listed, not just the first")
  void everyFailedRuleIsListed() {
    uploadBoardResolution(DemoSocieties.FAILS_SEVERAL);
    ProcessInstance application = apply(DemoSocieties.FAILS_SEVERAL);

    assertThat(application).isEnded();
    assertThat((String) historyService.createHistoricVariableInstanceQuery().processInstanceId(application.getId())
        .variableName("failedRules").singleResult().getValue())
        .isEqualTo(String.join(",", DemoSocieties.FAILS_SEVERAL_RULES));
    String mail = body(deliveredTo(societies.findByCode(DemoSocieties.FAILS_SEVERAL).orElseThrow().contactEmail())
        .stream().filter(m -> subject(m).contains("【不予受理】")).findFirst().orElseThrow());
    DemoSocieties.FAILS_SEVERAL_RULES.forEach(rule -> assertThat(mail).contains(RuleClauses.of(rule).tag()));
    assertLettersQuoteRulesInWords();
    assertLettersPunctuatedOnce();
  }

  @Test
  @DisplayName("R-REV-1: a rejection reaches the society with the office's reason")
  void rejectedApplication() {
    ProcessInstance application = submitted();

    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()),
        Map.of("formalReviewDecision", "rejected", "rejectionReason", "申报材料与学会实际业绩明显不符。"));

    assertThat(application).isEnded().hasPassed("NotifyRejected");
    Application record = applications.find(key).orElseThrow();
    assertThat(record.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(record.statusReason()).isEqualTo("申报材料与学会实际业绩明显不符。");
    assertThat(body(onlyMail("【形式审查结果】"))).contains("申报材料与学会实际业绩明显不符。");
  }

  @Test
  @DisplayName("R-REV-1: an application submitted before the forms read one shown-materials value keeps its own copies, corrected")
  void applicationFromBeforeTheUpgradeKeepsItsCopiesCorrected() {
    ProcessInstance application = submitted();
    // As an instance of the former deployment holds them: a string copy per field, no JSON value.
    runtimeService.removeVariable(application.getId(), ApplicationVariables.SHOWN_MATERIALS);
    runtimeService.setVariable(application.getId(), ApplicationVariables.FORMER_BOARD_BODY_TEXT, "理事会");
    runtimeService.setVariable(application.getId(), "achievementC2Markdown", "原有成绩");
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()),
        Map.of("formalReviewDecision", "correction", "correctionRequest", "请补充 C2 方面的委托合同扫描件。"));

    Map<String, Object> corrected = applicationForm();
    corrected.remove("roundYear");
    corrected.put("achievementC2", "承接市科技局委托开展科技评价十二项(合同已上传)，主持制定团体标准三项。");
    corrected.put("boardBody", "STANDING_BOARD");
    claimAndComplete(societyUser, singleTask(societyUser, application.getId()), corrected);

    assertThat(application).isWaitingAt("FormalReview");
    assertThat(runtimeService.getVariable(application.getId(), "achievementC2Markdown"))
        .isEqualTo("承接市科技局委托开展科技评价十二项\\(合同已上传\\)，主持制定团体标准三项。");
    assertThat(runtimeService.getVariable(application.getId(), ApplicationVariables.FORMER_BOARD_BODY_TEXT))
        .isEqualTo("常务理事会");
    assertThat(runtimeService.getVariable(application.getId(), ApplicationVariables.SHOWN_MATERIALS)).isNull();
  }

  @Test
  @DisplayName("R-REV-1: a correction goes to the society with a deadline, comes back and is accepted")
  void correctedApplicationIsAccepted() {
    ProcessInstance application = submitted();
    Instant requestedAt = now();
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()),
        Map.of("formalReviewDecision", "correction", "correctionRequest", "请补充 C2 方面的委托合同扫描件。"));

    assertThat(application).isWaitingAt("CorrectApplication");
    Task correction = singleTask(societyUser, application.getId());
    assertThat(correction.getDueDate().toInstant()).isEqualTo(requestedAt.plus(Duration.ofDays(10)));
    assertThat(applications.find(key).orElseThrow().status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
    MimeMessage request = onlyMail("【补正通知】");
    assertThat(body(request)).contains("请补充 C2 方面的委托合同扫描件。", key);
    assertThat(subject(request)).contains(year() + "年3月12日");

    Map<String, Object> corrected = applicationForm();
    corrected.remove("roundYear");
    corrected.put("achievementC2", "承接市科技局委托开展科技评价十二项（合同已上传），主持制定团体标准三项。");
    corrected.put("boardBody", "STANDING_BOARD ");
    claimAndComplete(societyUser, correction, corrected);

    assertThat(application).isWaitingAt("FormalReview");
    assertThat(runtimeService.getVariable(application.getId(), "boardBody")).isEqualTo("STANDING_BOARD");
    SpinJsonNode shown = (SpinJsonNode) runtimeService.getVariable(application.getId(), ApplicationVariables.SHOWN_MATERIALS);
    assertThat(shown.prop("boardBody").stringValue()).isEqualTo("常务理事会");
    assertThat(shown.prop("achievementC2").stringValue()).contains("合同已上传");
    assertThat(runtimeService.getVariable(application.getId(), "achievementC2")).asString().contains("合同已上传");
    assertThat(runtimeService.getVariable(application.getId(), "formalReviewDecision")).isNull();
    assertThat(runtimeService.getVariable(application.getId(), "correctionCount")).isEqualTo(1);
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));
    assertThat(application).isEnded().hasPassed("ReceiveCorrection", "NotifyAccepted");
  }

  @Test
  @DisplayName("R-REV-1: a reminder before the correction deadline, withdrawal when it passes")
  void unansweredCorrectionIsRemindedThenWithdrawn() {
    ProcessInstance application = submitted();
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()),
        Map.of("formalReviewDecision", "correction", "correctionRequest", "请补充理事会决议原件扫描件。"));
    Instant deadline = now().plus(Duration.ofDays(10));

    setClock(deadline.minus(Duration.ofDays(2)).minusSeconds(60));
    assertThat(executeDueJobs()).isZero();
    setClock(deadline.minus(Duration.ofDays(2)).plusSeconds(1));
    assertThat(executeDueJobs()).isOne();
    assertThat(application).isWaitingAt("CorrectApplication").hasPassed("SendCorrectionReminder");
    assertThat(body(onlyMail("【补正提醒】"))).contains("请补充理事会决议原件扫描件。");

    setClock(deadline.plusSeconds(1));
    executeDueJobs();
    assertThat(application).isEnded().hasPassed("WithdrawApplication");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(application.getId())
        .activityId("ApplicationWithdrawn").count()).isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(application.getId()).count()).isZero();
    assertThat(applications.find(key).orElseThrow().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(body(onlyMail("【撤回通知】"))).contains(key);
    assertThat(deliveredTo(societyEmail)).hasSize(4); // receipt, request, reminder, withdrawal: once each
  }

  @Test
  @DisplayName("R-REV-1: an incomplete formal-review decision is refused and the task stays as it was")
  void incompleteDecisionIsRefused() {
    ProcessInstance application = submitted();
    Task task = singleTask(OFFICE, application.getId());
    as(OFFICE, () -> taskService.claim(task.getId(), OFFICE));

    assertThatThrownBy(() -> as(OFFICE, () -> formService.submitTaskForm(task.getId(),
        Map.of("formalReviewDecision", "correction", "correctionRequest", ""))))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("请填写需补正的内容");
    assertThatThrownBy(() -> as(OFFICE, () -> formService.submitTaskForm(task.getId(), Map.of())))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("请选择审查结论");
    assertThatThrownBy(() -> as(OFFICE, () -> formService.submitTaskForm(task.getId(),
        Map.of("formalReviewDecision", "maybe"))))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("审查结论只能是受理、需补正或不予通过");

    assertThat(application).isWaitingAt("FormalReview");
    assertThat(runtimeService.getVariable(application.getId(), "formalReviewDecision")).isNull();
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(deliveredTo(societyEmail)).hasSize(1); // the receipt only
  }

  @Test
  @DisplayName("R-APP-2 R-REV-1: a correction with a bad form or without the resolution is refused; the task stays")
  void badCorrectionIsRefused() {
    ProcessInstance application = submitted();
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()),
        Map.of("formalReviewDecision", "correction", "correctionRequest", "请重新上传理事会决议。"));
    Task correction = singleTask(societyUser, application.getId());
    as(societyUser, () -> taskService.claim(correction.getId(), societyUser));
    jdbc.update("DELETE FROM application_document");

    Map<String, Object> form = applicationForm();
    form.remove("roundYear"); // the correction form asks everything the application asked but the year
    form.put("boardBody", "MEMBERS_ASSEMBLY");
    assertThatThrownBy(() -> as(societyUser, () -> formService.submitTaskForm(correction.getId(), form)))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("其他机构的同意无效")
        .hasMessageContaining("申报材料中没有理事会（常务理事会）决议文件");

    assertThat(application).isWaitingAt("CorrectApplication");
    assertThat(runtimeService.getVariable(application.getId(), "boardBody")).isEqualTo("BOARD");
  }
  @Test
  @DisplayName("R-REV-1: a correction asked for late ends with the formal-review deadline of the call, in the task, the form and the mail")
  void correctionDeadlineNeverPassesTheFormalReviewDeadline() {
    ProcessInstance application = submitted();
    setClock(formalReviewDeadline().minusDays(4), java.time.LocalTime.of(10, 0));
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()),
        Map.of("formalReviewDecision", "correction", "correctionRequest", "请补充 C4 方面的会员发展数据。"));

    Instant formalReviewEnds = formalReviewDeadline().plusDays(1).atStartOfDay(ZONE).toInstant();
    Task correction = singleTask(societyUser, application.getId());
    assertThat(correction.getDueDate().toInstant()).isEqualTo(formalReviewEnds);
    assertThat(((java.util.Date) runtimeService.getVariable(application.getId(), "correctionDeadline")).toInstant())
        .isEqualTo(formalReviewEnds);
    String deadlineText = (String) runtimeService.getVariable(application.getId(), "correctionDeadlineText");
    assertThat(body(onlyMail("【补正通知】"))).contains(deadlineText);

    setClock(formalReviewEnds.plusSeconds(1));
    executeDueJobs();
    assertThat(application).isEnded().hasPassed("WithdrawApplication");
  }

  @Test
  @DisplayName("R-REV-1: after the formal-review deadline the office cannot ask for a correction any more; the task stays")
  void noCorrectionAfterTheFormalReviewDeadline() {
    ProcessInstance application = submitted();
    Task task = singleTask(OFFICE, application.getId());
    as(OFFICE, () -> taskService.claim(task.getId(), OFFICE));
    setClock(formalReviewDeadline().plusDays(1).atStartOfDay(ZONE).toInstant().plusSeconds(1));

    assertThatThrownBy(() -> as(OFFICE, () -> formService.submitTaskForm(task.getId(),
        Map.of("formalReviewDecision", "correction", "correctionRequest", "请补充 C4 方面的会员发展数据。"))))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("形式审查已截止");
    assertThat(application).isWaitingAt("FormalReview");
  }
  @Test
  @DisplayName("R-REV-1: the correction task lists the files as they are now, after uploads and deletions on the upload page")
  void correctionTaskListsTheCurrentFiles() {
    ProcessInstance application = submitted();
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()),
        Map.of("formalReviewDecision", "correction", "correctionRequest", "请重新上传盖章的理事会决议。"));
    Task correction = singleTask(societyUser, application.getId());
    assertThat(FormJson.text(taskService.getVariable(correction.getId(), "documentsMarkdown"))).contains("理事会决议");

    cn.wast.capacity.support.WebappSession session = cn.wast.capacity.support.WebappSession.login(port, societyUser, "demo");
    assertThat(DocumentControllerTest.upload(session, Map.of("applicationKey", key), "盖章决议.pdf", "application/pdf",
        cn.wast.capacity.support.SampleFiles.pdfTitled("盖章决议"))
        .status()).isEqualTo(302);
    long old = documents.listForApplication(key).stream().filter(d -> d.fileName().equals("理事会决议.pdf"))
        .findFirst().orElseThrow().id();
    assertThat(session.postForm("/documents/" + old + "/delete", Map.of("_csrf", DocumentControllerTest.token(session)))
        .status()).isEqualTo(302);

    String shown = as(societyUser, () -> FormJson.text(formService.getTaskFormVariables(correction.getId())
        .getValue("documentsMarkdown", Object.class)));
    assertThat(shown).contains("[盖章决议.pdf]").doesNotContain("[理事会决议.pdf]");
  }
}
