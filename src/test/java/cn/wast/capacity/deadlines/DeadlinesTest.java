package cn.wast.capacity.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.ReviewTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18, findings 6 and 7: the implementation's deadlines and what follows when one passes. */
class DeadlinesTest extends ReviewTestBase {

  private static final String SOCIETY = "WHLX";
  private static final String MAIL = "whlx@societies.example.cn";

  private ProcessInstance implementation;
  private LocalDate awardDay;

  @BeforeEach
  void award() {
    implementation = awardedImplementation(SOCIETY);
    awardDay = LocalDate.ofInstant(now(), ZONE);
  }

  private Map<String, Object> plan() {
    Map<String, Object> form = new HashMap<>();
    form.put("workApproach", "围绕学科发展和会员服务，以品牌学术会议带动科普和人才培养，形成年度工作闭环。");
    form.put("priorities", "一是办好华中力学学术年会；二是开展力学科普进校园；三是完善会员服务和继续教育体系。");
    form.put("milestones", List.of(Map.of("dueOn", awardDay.plusMonths(3).toString(), "milestone", "举办华中力学学术年会")));
    form.put("indicators", List.of(Map.of("measure", "学术会议参会人数", "target", "不少于 500 人")));
    form.put("budgetLines", List.of(
        Map.of("capacity", "C1", "category", "MEETING", "purpose", "华中力学学术年会会场及专家差旅", "amount", 120000),
        Map.of("capacity", "C2", "category", "POPULAR_SCIENCE", "purpose", "力学科普进校园展具和讲解", "amount", 80000)));
    return form;
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
}
