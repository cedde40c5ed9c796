package cn.wast.capacity.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.audit.VariableLabels;
import cn.wast.capacity.mail.OutboxSender;
import cn.wast.capacity.rules.Clause;
import cn.wast.capacity.rules.RuleClauses;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives the processes through the engine's public API as Tasklist does: as a logged-in user
 * with that user's groups (so authorizations apply), submitting start and task forms, claiming
 * tasks; time moves only by the engine clock and jobs run only when a test executes them.
 * Before each test the domain tables, the outbox, the mail server and every running instance
 * are emptied, so tests do not depend on each other's order.
 */
@CapacityTest
public abstract class ProcessTestBase {

  protected static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected FormService formService;
  @Autowired protected HistoryService historyService;
  @Autowired protected ManagementService managementService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected IdentityService identityService;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected GreenMail greenMail;
  @Autowired protected OutboxSender outboxSender;
  @LocalServerPort protected int port;

  /** The year the tests' rounds run in: this year, so the demo registry fits it. */
  protected static int year() {
    return Year.now(ZONE).getValue();
  }

  @BeforeEach
  void cleanSlate() throws Exception {
    BpmnAwareTests.init(engine);
    ClockUtil.reset();
    identityService.clearAuthentication();
    wipeProgrammeRecords();
    greenMail.purgeEmailFromAllMailboxes();
    setClock(LocalDate.of(year(), 3, 2), LocalTime.of(9, 0));
  }

  /** Every process instance, its history and every programme record; the registry and users stay. */
  protected void wipeProgrammeRecords() {
    // the roots only: deleting a round deletes the application reviews it called
    List<String> running = runtimeService.createProcessInstanceQuery().rootProcessInstances().list().stream()
        .map(ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      runtimeService.deleteProcessInstances(running, "test clean-up", true, true);
    }
    List<String> finished = historyService.createHistoricProcessInstanceQuery().list().stream()
        .map(h -> h.getId()).toList();
    if (!finished.isEmpty()) {
      historyService.deleteHistoricProcessInstancesBulk(finished);
    }
    for (String table : List.of("office_notice", "change_record", "deadline_lateness", "society_draft", "society_support", "flagged_line", "expense", "indicator_progress", "implementation_check", "fund_recovery_instalment", "fund_recovery", "held_tranche",
        "disqualification_ground", "running_disqualification", "payment",
        "fund_plan_line", "fund_plan_milestone", "fund_plan_indicator", "fund_plan",
        "objection", "public_notice_entry", "award", "review_result",
        "review_assignment", "review_committee_member", "review_committee")) {
      jdbc.update("DELETE FROM " + table);
    }
    jdbc.update("DELETE FROM application_document");
    jdbc.update("DELETE FROM application");
    jdbc.update("DELETE FROM award_round");
    jdbc.update("DELETE FROM mail_outbox");
    // accounts made by tests (accounts/): their links, their rows and their Camunda users
    List<String> accountUsers = jdbc.queryForList("SELECT user_id FROM account", String.class);
    jdbc.update("DELETE FROM account_activation");
    jdbc.update("DELETE FROM account");
    accountUsers.forEach(identityService::deleteUser);
  }

  @AfterEach
  void resetClockAndUser() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  /**
   * Every variable any process has written so far has a Chinese name for the audit trail (the
   * form's label, or audit/VariableLabels' catalogue): its print page and CSV name no variable by
   * its code.
   */
  protected void assertEveryVariableHasAChineseName() {
    List<String> unnamed = historyService.createHistoricDetailQuery().variableUpdates().list().stream()
        .map(d -> ((HistoricVariableUpdate) d).getVariableName()).distinct()
        .filter(name -> VariableLabels.label(name).isEmpty()).sorted().toList();
    assertThat(unnamed).as("variables without a Chinese name in audit/VariableLabels").isEmpty();
  }

  /**
   * Every letter written so far (the outbox keeps them all) quotes a rule in words: a rule id
   * appears only in small print, on the line that quotes its clause of the implementation plan
   * ({@code 【依据实施方案三（一）第1项 · …】…（R-ELIG-1）}), never on its own.
   */
  protected void assertLettersQuoteRulesInWords() {
    Pattern ruleId = Pattern.compile("R-[A-Z]+-\\d+");
    List<Map<String, Object>> letters = jdbc.queryForList("SELECT recipient, subject, body FROM mail_outbox");
    assertThat(letters).as("letters written").isNotEmpty();
    for (Map<String, Object> letter : letters) {
      for (String line : (letter.get("SUBJECT") + "\n" + letter.get("BODY")).split("\n")) {
        Matcher id = ruleId.matcher(line);
        while (id.find()) {
          Clause clause = RuleClauses.find(id.group()).orElseThrow(() -> new AssertionError("no clause for " + id.group()));
          assertThat(line).as("the letter to %s names %s", letter.get("RECIPIENT"), id.group())
              .contains(clause.cited()).contains(clause.idInSmallPrint());
        }
      }
    }
  }

  /**
   * Every letter in the outbox joins its sentences once: no full stop doubled or followed by a
   * comma, no comma or semicolon closed by a full stop (a typed text ending in 。 followed by
   * the letter's own 。 or ，).
   */
  protected void assertLettersPunctuatedOnce() {
    Pattern doubled = Pattern.compile("[。．][。．，,；;、]|[，,；;、：:][。．]");
    List<Map<String, Object>> letters = jdbc.queryForList("SELECT recipient, subject, body FROM mail_outbox");
    assertThat(letters).as("letters written").isNotEmpty();
    for (Map<String, Object> letter : letters) {
      String text = letter.get("SUBJECT") + "\n" + letter.get("BODY");
      Matcher found = doubled.matcher(text);
      if (found.find()) {
        throw new AssertionError("the letter “" + letter.get("SUBJECT") + "” to " + letter.get("RECIPIENT")
            + " joins sentences twice: …" + text.substring(Math.max(0, found.start() - 20),
            Math.min(text.length(), found.end() + 20)) + "…");
      }
    }
  }

  // ---- time and jobs ----

  protected void setClock(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(ZONE).toInstant()));
  }

  protected void setClock(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  protected Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Executes every job that is due on the engine clock, as the job executor would. */
  protected int executeDueJobs() {
    int executed = 0;
    for (int pass = 0; pass < 100; pass++) {
      List<Job> due = managementService.createJobQuery().executable().list().stream()
          .filter(job -> !isHistoryCleanup(job)).toList();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        managementService.executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("jobs keep becoming due: a loop in a process?");
  }

  /** The engine's nightly history cleanup (scheduled in its configured window) is housekeeping, not a step of a process. */
  protected static boolean isHistoryCleanup(Job job) {
    return job instanceof JobEntity entity && HistoryCleanupJobHandler.TYPE.equals(entity.getJobHandlerType());
  }

  // ---- acting as a user ----

  protected <T> T as(String userId, Callable<T> action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return action.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      identityService.clearAuthentication();
    }
  }

  protected void as(String userId, Runnable action) {
    as(userId, () -> {
      action.run();
      return null;
    });
  }

  /** What Tasklist does on "Start process": submit the start form of the latest version. */
  protected ProcessInstance startForm(String userId, String processKey, Map<String, Object> fields) {
    // Looked up without the user's authorizations: a REST client may know any definition's id.
    String definitionId = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId();
    return as(userId, () -> formService.submitStartForm(definitionId, fields));
  }

  /** What Tasklist does on "Claim" then "Complete". */
  protected void claimAndComplete(String userId, Task task, Map<String, Object> fields) {
    as(userId, () -> {
      taskService.claim(task.getId(), userId);
      formService.submitTaskForm(task.getId(), fields);
    });
  }

  protected Task singleTask(String userId, String processInstanceId) {
    return as(userId, () -> taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult());
  }

  // ---- the society's own page ----

  /** The society's status page (/society) as its demo user sees it after signing in. */
  protected String societyPage(String societyCode) {
    WebappSession.Response page = WebappSession.login(port, DemoUsers.userOf(societyCode), "demo").get("/society");
    if (page.status() != 200) {
      throw new AssertionError("/society answered " + page.status() + " for " + societyCode);
    }
    return page.text();
  }

  /** The stage the status page names for one application. */
  protected static String stageOn(String societyPage, String applicationKey) {
    int at = societyPage.indexOf("data-key=\"" + applicationKey + "\"");
    if (at < 0) {
      throw new AssertionError("the society page does not list " + applicationKey);
    }
    int stage = societyPage.indexOf("class=\"stage\">", at) + "class=\"stage\">".length();
    return societyPage.substring(stage, societyPage.indexOf('<', stage));
  }

  // ---- mail ----

  /** Sends what the outbox holds and returns every mail the SMTP server received so far. */
  protected List<MimeMessage> deliveredMail() {
    while (outboxSender.sendDue() > 0) {
      // a batch at a time, until the outbox has nothing due
    }
    return Arrays.asList(greenMail.getReceivedMessages());
  }

  /** Sends what the outbox holds, then empties the mail server: later checks see only new mail. */
  protected void forgetDeliveredMail() {
    deliveredMail();
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  protected List<MimeMessage> deliveredTo(String address) {
    return deliveredMail().stream().filter(m -> recipient(m).equals(address)).toList();
  }

  protected static String recipient(MimeMessage message) {
    return ReceivedMails.to(message);
  }

  protected static String subject(MimeMessage message) {
    return ReceivedMails.subject(message);
  }

  protected static String body(MimeMessage message) {
    return ReceivedMails.body(message);
  }
}
