package cn.wast.capacity.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.publicity.Objection;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every user task of every process, as the task list shows it: its name carries the society (or
 * the round), it has the programme's deadline as due date where the programme has one, its
 * priority follows that deadline (sooner, higher; none, lowest), and a society's own task is
 * assigned to the society's account. One scenario per process family; each ends by checking
 * every task it created.
 */
class TaskListTest extends ReviewTestBase {

  @Autowired JdbcTemplate jdbc;

  /** The disqualification scenario bans WHYX; later tests (on a shared database) need it eligible. */
  @AfterEach
  void liftTheBan() {
    jdbc.update("DELETE FROM society_fraud_ban WHERE society_code = 'WHYX' AND decided_on >= ?", LocalDate.of(year(), 1, 1));
    jdbc.update("DELETE FROM fund_recovery");
  }

  @Test
  @DisplayName("R-REV-1: 形式审查 and 补正 carry the society, the round's formal-review deadline and the correction deadline")
  void applicationTasks() {
    ProcessInstance awaiting = bothApplySecondAwaitsCorrection("WHJX", "WHJSJ");
    ProcessInstance reviewed = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(applicationKey("WHJX")).singleResult();

    Task review = singleTask(OFFICE, reviewed.getId());
    Date formalReviewEnds = endOf(formalReviewDeadline());
    assertTask(review, "形式审查 · " + nameOf("WHJX"), formalReviewEnds, null);

    Task correction = singleTask(DemoUsers.userOf("WHJSJ"), awaiting.getId());
    Date correctionDue = as(OFFICE, () -> (Date) runtimeService.getVariable(awaiting.getId(), "correctionDeadline"));
    assertTask(correction, "补正申报材料 · " + nameOf("WHJSJ"), correctionDue, DemoUsers.userOf("WHJSJ"));
    assertThat(correction.getPriority()).as("the sooner deadline ranks higher").isGreaterThan(review.getPriority());
    everyTaskIsReady();
  }

  @Test
  @DisplayName("R-REV-2 R-EVAL-1 R-REV-3: the round's, the review's and the objection's tasks name their society or round")
  void roundReviewAndObjectionTasks() {
    ProcessInstance round = roundWithAccepted(List.of("WHJX", "WHJSJ", "WHTJ"), 1);
    Task committee = officeTask(round, "FormCommittee");
    assertTask(committee, "组建评审委员会 · " + year() + "年度", null, null);
    assertThat(committee.getPriority()).isEqualTo(TaskPriority.WITHOUT_DEADLINE);

    LocalDate committeeDay = LocalDate.ofInstant(now(), ZONE);
    formCommittee(round, EXPERTS, 5);
    Date scoringDue = endOf(committeeDay.plusDays(14));
    for (String expert : EXPERTS) {
      List<Task> tasks = scoringTasks(expert);
      assertThat(tasks).extracting(Task::getName).doesNotHaveDuplicates();
      for (Task task : tasks) {
        String key = applicationOf(expert, task);
        assertTask(task, "专家评分 · " + nameOf(key.substring(key.lastIndexOf('-') + 1)), scoringDue, expert);
      }
    }

    // WHJX and WHJSJ tie for the one place; one seat on WHTJ stays unscored past its deadline.
    String late = null;
    for (String expert : EXPERTS) {
      for (Task task : scoringTasks(expert)) {
        String key = applicationOf(expert, task);
        if (late == null && key.equals(applicationKey("WHTJ"))) {
          late = expert;
        } else {
          score(expert, task, scores(key.equals(applicationKey("WHTJ")) ? 70 : 90));
        }
      }
    }
    setClock(committeeDay.plusDays(15), LocalTime.of(0, 1));
    executeDueJobs();
    Task missing = reviewTask(applicationKey("WHTJ"), "ResolveMissingScore");
    assertTask(missing, "处理缺评 · " + nameOf("WHTJ"), null, null);
    Map<String, Object> withdraw = new HashMap<>();
    withdraw.put("missingScoreDecision", "withdrawSeat");
    withdraw.put("missingScoreNote", "逾期未评，以其余四位专家的评分计算。");
    claimAndComplete(OFFICE, missing, withdraw);
    executeDueJobs();

    Task tie = officeTask(round, "BreakTie");
    assertTask(tie, "确定并列入选者 · " + year() + "年度", null, null);
    Map<String, Object> choice = new HashMap<>();
    choice.put("tieChosen", List.of(applicationKey("WHJX")));
    choice.put("tieReasons", "两会综合得分相同，武汉机械工程学会服务创新能力更突出。");
    claimAndComplete(OFFICE, tie, choice);
    Task confirm = officeTask(round, "ConfirmProposedList");
    assertTask(confirm, "确认拟表彰名单 · " + year() + "年度", null, null);
    claimAndComplete(OFFICE, confirm, Map.of("proposedListConfirmed", true));

    // An objection during the notice period: due by the end of the society's period.
    NoticeEntry entry = notices.findByApplication(applicationKey("WHJX")).orElseThrow();
    setClock(entry.startsAt().plusSeconds(3600));
    Objection objection = object(SampleForms.objection(entry.id(), "张先生", "zhang.objector@example.cn",
        "该学会申报材料中所列品牌学术会议的参会人数与会议通知不符，请核查。"));
    Task investigate = investigation(objection);
    assertTask(investigate, "核查异议 · " + nameOf("WHJX"), Date.from(entry.endsAt()), null);

    claimAndComplete(OFFICE, investigate,
        SampleForms.objectionFinding("upheld", "经核对会议签到表，参会人数与申报材料不符。", false));
    executeDueJobs();
    assertTask(officeTask(round, "DecideMoveUp"), "决定是否递补 · " + nameOf("WHJX"), null, null);
    everyTaskIsReady();
  }

  @Test
  @DisplayName("R-IMP-1 R-SUP-1: implementation and disqualification tasks name the society; the fund plan is the society's at once")
  void implementationAndDisqualificationTasks() {
    ProcessInstance implementation = awardedImplementation("WHYX");
    String society = DemoUsers.userOf("WHYX");
    Task plan = singleTask(society, implementation.getId());
    Date planDue = as(OFFICE, () -> (Date) runtimeService.getVariable(implementation.getId(), "planDueAt"));
    assertTask(plan, "报送经费使用管理方案 · " + nameOf("WHYX"), planDue, society);

    Map<String, Object> form = SampleForms.fundPlan(LocalDate.ofInstant(now(), ZONE));
    as(society, () -> formService.submitTaskForm(plan.getId(), form));
    Task filing = officeTask(implementation, "FileFundPlan");
    assertTask(filing, "审核经费方案 · " + nameOf("WHYX"), null, null);
    claimAndComplete(OFFICE, filing, Map.of("fundPlanDecision", "filed"));

    Map<String, Object> start = new HashMap<>();
    start.put("roundYear", year());
    start.put("societyCode", "whyx");
    start.put("grounds", "审计发现该学会报送的学术年会会务合同系伪造，须核查。");
    ProcessInstance disqualification = startForm(OFFICE, "disqualification", start);
    Task investigate = singleTask(OFFICE, disqualification.getId());
    assertTask(investigate, "核查弄虚作假 · " + nameOf("WHYX"), null, null);
    Map<String, Object> finding = new HashMap<>();
    finding.put("fraudDecision", "confirmed");
    finding.put("decisionNumber", "武科协〔2026〕12号");
    finding.put("findings", "经核实，会务合同系伪造。");
    claimAndComplete(OFFICE, investigate, finding);
    ProcessInstance recovery = runtimeService.createProcessInstanceQuery().processDefinitionKey("recovery").singleResult();
    assertTask(singleTask(OFFICE, recovery.getId()), "记录退款 · " + nameOf("WHYX"), null, null);
    everyTaskIsReady();
  }

  /** Every task the scenario created, finished or open: named with its subject, priority from its deadline. */
  private void everyTaskIsReady() {
    List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery().list();
    assertThat(tasks).isNotEmpty().allSatisfy(task -> {
      assertThat(task.getName()).as(task.getTaskDefinitionKey()).contains(TaskSubject.SEPARATOR);
      assertThat(task.getPriority()).as(task.getName()).isEqualTo(TaskPriority.of(task.getDueDate(), ZONE));
    });
  }

  private void assertTask(Task task, String name, Date due, String assignee) {
    assertThat(task).as(name).isNotNull();
    assertThat(task.getName()).isEqualTo(name);
    assertThat(task.getDueDate()).as(name + ": due").isEqualTo(due);
    assertThat(task.getPriority()).as(name + ": priority").isEqualTo(TaskPriority.of(due, ZONE));
    if (due != null) {
      assertThat(task.getPriority()).isGreaterThan(TaskPriority.WITHOUT_DEADLINE);
    }
    assertThat(task.getAssignee()).as(name + ": assignee").isEqualTo(assignee);
  }

  private String nameOf(String societyCode) {
    return societies.findByCode(societyCode).orElseThrow().name();
  }

  private static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

}
