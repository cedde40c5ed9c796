package cn.wast.capacity.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ChineseDates;

/** Issue 18, findings 6 and 7: the implementation's deadlines and what follows when one passes. */
class DeadlinesTest extends ReviewTestBase {

  private static final String SOCIETY = "WHLX";
  private static final String MAIL = "whlx@societies.example.cn";

  @Autowired Lateness lateness;

  private ProcessInstance implementation;
  private LocalDate awardDay;

  @BeforeEach
  void award() {
    implementation = awardedImplementation(SOCIETY);
    awardDay = LocalDate.ofInstant(now(), ZONE);
  }

  private Map<String, Object> plan() {
    return SampleForms.fundPlan(awardDay);
  }

  private Task societyTask() {
    return as(DemoUsers.userOf(SOCIETY), () -> taskService.createTaskQuery()
        .processInstanceId(implementation.getId()).singleResult());
  }

  private Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  @Test
  @DisplayName("Finding 7: a plan returned early keeps its original, later deadline; the return never shortens it")
  void returnNeverShortensTheDeadline() {
    Instant original = endOf(awardDay.plusDays(30));
    assertThat(societyTask().getDueDate().toInstant()).isEqualTo(original);
    setClock(awardDay.plusDays(1), LocalTime.of(10, 0));
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), plan());
    forgetDeliveredMail();
    Map<String, Object> returned = new HashMap<>();
    returned.put("fundPlanDecision", "returned");
    returned.put("fundPlanComments", "请把科普进校园的场次和受众写进考核指标。");
    claimAndComplete(OFFICE, officeTask(implementation, "FileFundPlan"), returned);

    assertThat(societyTask().getDueDate().toInstant()).isEqualTo(original);
    assertThat(((Date) runtimeService.getVariable(implementation.getId(), "planDueAt")).toInstant()).isEqualTo(original);
    String deadline = cn.wast.capacity.ChineseDates.deadline(awardDay.plusDays(30));
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> {
      assertThat(subject(m)).contains("退回修改");
      assertThat(body(m)).contains("截止时间：" + deadline);
    });
  }

  @Test
  @DisplayName("Finding 7: a plan returned late gets the configured return period from today")
  void lateReturnGetsTheReturnPeriod() {
    setClock(awardDay.plusDays(28), LocalTime.of(10, 0));
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), plan());
    Map<String, Object> returned = new HashMap<>();
    returned.put("fundPlanDecision", "returned");
    returned.put("fundPlanComments", "请把科普进校园的场次和受众写进考核指标。");
    claimAndComplete(OFFICE, officeTask(implementation, "FileFundPlan"), returned);
    assertThat(societyTask().getDueDate().toInstant()).isEqualTo(endOf(awardDay.plusDays(38)));
  }

  private Task overdueTask() {
    return officeTask(implementation, "HandleOverduePlan");
  }

  private static Map<String, Object> decision(String choice, String newDueDate, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put("overdueDecision", choice);
    if (newDueDate != null) {
      form.put("newDueDate", newDueDate);
    }
    if (reason != null) {
      form.put("overdueReason", reason);
    }
    return form;
  }

  @Test
  @DisplayName("Finding 6: a plan filed 15 days late: the office gets a task at the deadline, the lateness is recorded, shown to the office and on the society's page")
  void planFiledFifteenDaysLate() {
    setClock(awardDay.plusDays(30), LocalTime.of(23, 59));
    executeDueJobs();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(implementation.getId()).singleResult())
        .isNotNull();
    assertThat(as(OFFICE, () -> taskService.createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey("HandleOverduePlan").count())).isZero();
    assertThat(societyPage(SOCIETY)).contains("下一期限：报送经费使用管理方案");

    setClock(awardDay.plusDays(31), LocalTime.of(0, 1));
    executeDueJobs();
    Task overdue = overdueTask();
    assertThat(overdue.getName()).contains("处理逾期", "武汉力学学会");
    assertThat(as(OFFICE, () -> FormJson.text(taskService.getVariable(overdue.getId(), "overdueText"))))
        .contains("经费使用管理方案", ChineseDates.deadline(awardDay.plusDays(30)), "已逾期 1 天");
    assertThat(societyTask()).isNotNull();
    String page = societyPage(SOCIETY);
    assertThat(page).contains("已逾期：报送经费使用管理方案").doesNotContain("下一期限：报送经费使用管理方案");

    claimAndComplete(OFFICE, overdue, decision("record", null, "学会未说明原因"));
    assertThat(implementation).isWaitingAt("SubmitFundPlan");
    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).singleElement().satisfies(e -> {
      assertThat(e.decision()).isEqualTo(LatenessDecision.RECORDED);
      assertThat(e.daysLate()).isEqualTo(1);
      assertThat(e.decidedBy()).isEqualTo(OFFICE);
    });

    setClock(awardDay.plusDays(45), LocalTime.of(10, 0));
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), plan());
    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).last().satisfies(e -> {
      assertThat(e.deadline()).isEqualTo(Deadline.FUND_PLAN);
      assertThat(e.decision()).isEqualTo(LatenessDecision.SUBMITTED_LATE);
      assertThat(e.daysLate()).isEqualTo(15);
      assertThat(e.dueAt()).isEqualTo(endOf(awardDay.plusDays(30)));
    });
    Task filing = officeTask(implementation, "FileFundPlan");
    assertThat(as(OFFICE, () -> (String) taskService.getVariable(filing.getId(), "latenessText"))).contains("逾期 15 天报送");
    assertThat(societyPage(SOCIETY)).contains("逾期记录：经费使用管理方案", "逾期报送，逾期 15 天");

    // The office sees it in its overview and in the award list.
    cn.wast.capacity.support.WebappSession office = cn.wast.capacity.support.WebappSession.login(port, OFFICE, "demo");
    String overview = office.get("/office/?year=" + year()).text();
    String section = overview.substring(overview.indexOf("<section id=\"lateness\">"));
    assertThat(section.substring(0, section.indexOf("</section>"))).contains("逾期报送",
        "<strong id=\"late-submissions\">1</strong> 份", "/reports/" + year() + "/awards.xlsx");
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
        office.get("/reports/" + year() + "/awards.xlsx").body()))) {
      var sheet = book.getSheet("表彰名单");
      var header = sheet.getRow(0);
      assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("逾期情况");
      var row = sheet.getRow(1);
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo(applicationKey(SOCIETY));
      assertThat(row.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("经费使用管理方案逾期15天");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("Finding 6: 延期 moves the deadline later, the society is mailed with the reason, reminded, and the office asked again when it passes")
  void extensionMovesTheDeadlineAndTellsTheSociety() {
    setClock(awardDay.plusDays(31), LocalTime.of(9, 0));
    executeDueJobs();
    forgetDeliveredMail();
    LocalDate newDay = awardDay.plusDays(40);
    assertThatThrownBy(() -> claimAndComplete(OFFICE, overdueTask(), decision("extend", newDay.toString(), null)))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("延期请填写“理由”");
    assertThatThrownBy(() -> claimAndComplete(OFFICE, overdueTask(),
        decision("extend", awardDay.plusDays(20).toString(), "学会换届，负责人变更")))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("须晚于今天和原截止日期");
    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).isEmpty();

    claimAndComplete(OFFICE, overdueTask(), decision("extend", newDay.toString(), "学会换届，负责人变更"));
    assertThat(societyTask().getDueDate().toInstant()).isEqualTo(endOf(newDay));
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> {
      assertThat(subject(m)).contains("延期通知");
      assertThat(body(m)).contains("经费使用管理方案", ChineseDates.deadline(newDay), "学会换届，负责人变更");
    });
    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).singleElement().satisfies(e -> {
      assertThat(e.decision()).isEqualTo(LatenessDecision.EXTENDED);
      assertThat(e.newDueAt()).isEqualTo(endOf(newDay));
      assertThat(e.reason()).isEqualTo("学会换届，负责人变更");
    });
    assertThat(societyPage(SOCIETY)).contains("下一期限：报送经费使用管理方案，截止时间：" + ChineseDates.deadline(newDay));

    forgetDeliveredMail();
    setClock(newDay.minusDays(2), LocalTime.of(0, 1)); // three days before the end of the new day
    executeDueJobs();
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> assertThat(subject(m)).contains("期限提醒"));
    assertThat(as(OFFICE, () -> taskService.createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey("HandleOverduePlan").count())).isZero();
    setClock(newDay.plusDays(1), LocalTime.of(0, 1));
    executeDueJobs();
    assertThat(as(OFFICE, () -> FormJson.text(taskService.getVariable(overdueTask().getId(), "overdueText"))))
        .contains(ChineseDates.deadline(newDay), "此前的处理", "延期");
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("Finding 6: 催办 mails the society; when the plan comes in the office's open task goes with it")
  void urgingMailsAndSubmissionEndsTheOverdueTask() {
    setClock(awardDay.plusDays(31), LocalTime.of(9, 0));
    executeDueJobs();
    forgetDeliveredMail();
    claimAndComplete(OFFICE, overdueTask(), decision("urge", awardDay.plusDays(35).toString(), null));
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> {
      assertThat(subject(m)).contains("逾期催办通知");
      assertThat(body(m)).contains(ChineseDates.deadline(awardDay.plusDays(30)), ChineseDates.deadline(awardDay.plusDays(35)));
    });
    setClock(awardDay.plusDays(36), LocalTime.of(9, 0));
    executeDueJobs();
    assertThat(overdueTask()).isNotNull();
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), plan());
    assertThat(as(OFFICE, () -> taskService.createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey("HandleOverduePlan").count())).isZero();
    assertThat(implementation).isWaitingAt("FileFundPlan");
    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).extracting(Lateness.Entry::decision)
        .containsExactly(LatenessDecision.URGED, LatenessDecision.SUBMITTED_LATE);
    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).last()
        .satisfies(e -> assertThat(e.daysLate()).isEqualTo(6));
  }
}
