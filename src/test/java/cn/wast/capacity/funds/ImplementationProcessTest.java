package cn.wast.capacity.funds;

import static cn.wast.capacity.support.SampleForms.budgetLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.support.FormText;
import cn.wast.capacity.support.FullLength;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import java.math.BigDecimal;
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

/** The implementation process (专项实施) from the award to the filed fund-management plan. */
class ImplementationProcessTest extends ReviewTestBase {

  private static final String SOCIETY = "WHLX";
  private static final String MAIL = "whlx@societies.example.cn";

  @Autowired FundPlans plans;
  @Autowired Payments payments;
  @Autowired Awards awards;
  @Autowired FlaggedLines flaggedLines;

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

  @Test
  @DisplayName("R-IMP-1: the award starts the implementation; the society is asked for its plan and only it sees the task")
  void awardStartsTheImplementation() {
    assertThat(implementation).isNotNull().isWaitingAt("SubmitFundPlan");
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> {
      assertThat(subject(m)).contains("经费方案报送通知");
      assertThat(body(m)).contains("200,000.00 元", "不得用于人员经费");
    });
    assertThat(societyTask()).isNotNull();
    assertThat(as("whsx", () -> taskService.createTaskQuery().processInstanceId(implementation.getId()).count()))
        .isZero();
    assertThat(as("whsx", () -> runtimeService.createProcessInstanceQuery()
        .processInstanceId(implementation.getId()).count())).isZero();
  }

  @Test
  @DisplayName("R-FUND-1 R-FUND-3 R-IMP-1: a plan with a salary line or the wrong total is refused with rule ids, and nothing is filed")
  void badPlanIsRefused() {
    Map<String, Object> bad = plan();
    bad.put("budgetLines", List.of(
        budgetLine("C1", "MEETING", "学术年会期间秘书处人员工资", 120000),
        budgetLine("C2", "POPULAR_SCIENCE", "力学科普进校园展具和讲解", "八万")));
    Task task = societyTask();
    assertThatThrownBy(() -> claimAndComplete(DemoUsers.userOf(SOCIETY), task, bad))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("经费预算第 1 行" + RuleClauses.of("R-FUND-3").tag() + "用途中的“工资”属于人员经费")
        .hasMessageContaining("经费预算第 2 行：请填写“金额（元）”")
        .hasMessageContaining(RuleClauses.of("R-IMP-1").tag() + "各行金额合计 120,000.00 元，须等于奖励补助金额 200,000.00 元");
    assertThat(plans.findByApplication(applicationKey(SOCIETY))).isEmpty();
    assertThat(payments.findByApplication(applicationKey(SOCIETY))).isEmpty();
    assertThat(implementation).isWaitingAt("SubmitFundPlan");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-FUND-3: office furniture filed as equipment is refused at the task, citing 五（三） in words; the task stays")
  void officeFurnitureIsRefused() {
    Map<String, Object> furniture = plan();
    furniture.put("budgetLines", List.of(
        budgetLine("C1", "MEETING", "华中力学学术年会会场及专家差旅", 120000),
        budgetLine("C4", "EQUIPMENT_PURCHASE", "购置办公桌椅", 80000)));
    Task task = societyTask();
    assertThatThrownBy(() -> claimAndComplete(DemoUsers.userOf(SOCIETY), task, furniture))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("经费预算第 2 行" + RuleClauses.of("R-FUND-3").tag()
            + "用途中的“办公桌”属于日常办公经费，专项经费不得用于日常办公经费（实施方案五（三）：“不得用于人员、日常办公经费支出”）");
    assertThat(societyTask().getId()).isEqualTo(task.getId());
    assertThat(implementation).isWaitingAt("SubmitFundPlan");
    assertThat(plans.findByApplication(applicationKey(SOCIETY))).isEmpty();
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-FUND-3: a forbidden item the form never offers, sent as REST would, is refused with its clause")
  void aForbiddenItemSentPastTheFormIsRefused() {
    Map<String, Object> personnel = plan();
    personnel.put("budgetLines", List.of(
        budgetLine("C1", "MEETING", "华中力学学术年会会场及专家差旅", 120000),
        budgetLine("C4", "PERSONNEL", "秘书处日常工作", 80000)));
    Task task = societyTask();
    assertThatThrownBy(() -> claimAndComplete(DemoUsers.userOf(SOCIETY), task, personnel))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("经费预算第 2 行" + RuleClauses.of("R-FUND-3").tag()
            + "支出科目“人员经费”：专项经费不得用于人员经费（实施方案五（三）：“不得用于人员、日常办公经费支出”）");
    assertThat(implementation).isWaitingAt("SubmitFundPlan");
    assertThat(plans.findByApplication(applicationKey(SOCIETY))).isEmpty();
  }

  @Test
  @DisplayName("R-FUND-1: 专家咨询费 under its own item is a whole purpose: the plan reaches the office and is stored with the item")
  void expertConsultingIsAccepted() {
    Map<String, Object> consulting = plan();
    consulting.put("budgetLines", List.of(
        budgetLine("C1", "MEETING", "华中力学学术年会会场及专家差旅", 120000),
        budgetLine("C2", "EXPERT_CONSULTING", "专家咨询费", 80000)));
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), consulting);
    Task filing = officeTask(implementation, "FileFundPlan");
    assertThat(as(OFFICE, () -> FormJson.text(taskService.getVariable(filing.getId(), "planMarkdown"))))
        .contains("2. C2 专家咨询费：专家咨询费，80,000.00 元");
    long planId = plans.findByApplication(applicationKey(SOCIETY)).get(0).id();
    assertThat(plans.lines(planId)).extracting(BudgetLine::category).containsExactly("MEETING", "EXPERT_CONSULTING");
  }

  @Test
  @DisplayName("R-IMP-1: a plan whose texts run to the full 4,000 characters, and comments as long, reach the office's and the society's forms whole")
  void planAtTheLimitReachesTheFormsWhole() {
    String piece = "第2.1节(2026-2027): 年会1次, 培训20期[含线上]; ";
    String full = FullLength.of(piece, FundPlanForm.MAX_TEXT);
    String shown = cn.wast.capacity.Markdown.paragraphs(full);
    Map<String, Object> plan = plan();
    plan.put("workApproach", full);
    plan.put("priorities", full);
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), plan);

    Task filing = officeTask(implementation, "FileFundPlan");
    assertThat(FormText.filled("file-fund-plan", as(OFFICE, () -> taskService.getVariables(filing.getId()))))
        .contains("### 工作思路\n\n" + shown + "\n\n### 发展重点\n\n" + shown);
    Map<String, Object> returned = new HashMap<>();
    returned.put("fundPlanDecision", "returned");
    returned.put("fundPlanComments", full);
    claimAndComplete(OFFICE, filing, returned);

    Task again = societyTask();
    assertThat(FormText.filled("fund-plan", as(DemoUsers.userOf(SOCIETY), () -> taskService.getVariables(again.getId()))))
        .contains(shown);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-IMP-1: the plan is reminded, returned with comments, corrected, filed, and the first tranche paid")
  void planReturnedThenFiled() {
    forgetDeliveredMail();
    setClock(awardDay.plusDays(26), LocalTime.of(0, 1)); // 31 days to the end of day 30, less 5 days
    executeDueJobs();
    assertThat(deliveredTo(MAIL)).singleElement().satisfies(m -> assertThat(subject(m)).contains("经费方案报送提醒"));

    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), plan());
    Task filing = officeTask(implementation, "FileFundPlan");
    assertThat(as(OFFICE, () -> FormJson.text(taskService.getVariable(filing.getId(), "planMarkdown"))))
        .contains("华中力学学术年会会场及专家差旅，120,000.00 元", "C1 服务创新能力：120,000.00 元");
    Map<String, Object> returned = new HashMap<>();
    returned.put("fundPlanDecision", "returned");
    returned.put("fundPlanComments", "请把科普进校园的场次和受众写进考核指标。");
    claimAndComplete(OFFICE, filing, returned);
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> {
      assertThat(subject(m)).contains("退回修改");
      assertThat(body(m)).contains("科普进校园的场次");
    });
    Task again = societyTask();
    assertThat(as(DemoUsers.userOf(SOCIETY), () -> FormJson.text(taskService.getVariable(again.getId(), "planComments"))))
        .isEqualTo("请把科普进校园的场次和受众写进考核指标。");
    Map<String, Object> corrected = plan();
    corrected.put("indicators", List.of(Map.of("measure", "学术会议参会人数", "target", "不少于 500 人"),
        Map.of("measure", "科普进校园场次", "target", "10 场，受众 3000 人")));
    claimAndComplete(DemoUsers.userOf(SOCIETY), again, corrected);
    claimAndComplete(OFFICE, officeTask(implementation, "FileFundPlan"), Map.of("fundPlanDecision", "filed"));

    assertThat(implementation).hasPassed("FileTheFundPlan").isWaitingAt("MidTermDue");
    assertThat(plans.findByApplication(applicationKey(SOCIETY))).extracting(FundPlans.PlanVersion::status)
        .containsExactly(PlanStatus.RETURNED, PlanStatus.FILED);
    assertThat(payments.findByApplication(applicationKey(SOCIETY))).singleElement().satisfies(p -> {
      assertThat(p.tranche()).isEqualTo(Tranche.PLAN_FILED);
      assertThat(p.amount()).isEqualByComparingTo(new BigDecimal("100000.00"));
    });
    assertThat(awards.find(applicationKey(SOCIETY)).orElseThrow().implementationStatus()).isEqualTo("PLAN_FILED");
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> {
      assertThat(subject(m)).contains("备案及拨款");
      assertThat(body(m)).contains("100,000.00 元", "其余100,000.00 元");
    });

  }

  private static final String DOUBTFUL_PURPOSE = "青年科技工作者沙龙场地与茶歇 *每季度一次*";

  /** A plan whose second line the rules cannot place (category 其他), the one flagged line of this class. */
  private Map<String, Object> planWithADoubtfulLine() {
    Map<String, Object> form = plan();
    form.put("budgetLines", List.of(((List<?>) form.get("budgetLines")).get(0),
        Map.of("capacity", "C3", "category", "OTHER", "purpose", DOUBTFUL_PURPOSE, "amount", 80000)));
    return form;
  }

  /** The flagged lines as the filing task shows them, each with the office's decision and note. */
  private List<Map<String, Object>> decided(Task task, String decision, String note) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Object shown = as(OFFICE, () -> taskService.getVariable(task.getId(), "flaggedLines"));
    for (Map<String, String> row : cn.wast.capacity.FormValues.of(Map.of("shown", shown)).rows("shown")) {
      Map<String, Object> copy = new HashMap<>(row);
      copy.put("decision", decision);
      copy.put("note", note);
      rows.add(copy);
    }
    return rows;
  }

  private long latestPlanId() {
    List<FundPlans.PlanVersion> versions = plans.findByApplication(applicationKey(SOCIETY));
    return versions.get(versions.size() - 1).id();
  }

  @Test
  @DisplayName("R-FUND-1: a flagged line stands on the filing task with its reason; undecided it cannot be filed; accepted, it is filed and the decision recorded with who and when")
  void flaggedLineAcceptedOnRecord() {
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), planWithADoubtfulLine());
    Task filing = officeTask(implementation, "FileFundPlan");
    assertThat(decided(filing, null, null)).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("line", "2").containsEntry("item", "其他").containsEntry("purpose", DOUBTFUL_PURPOSE)
          .containsEntry("amount", "80,000.00 元");
      assertThat((String) row.get("reason")).contains("“其他”", "专项办公室判断");
    });
    assertThat(flaggedLines.ofPlan(latestPlanId())).singleElement()
        .satisfies(f -> assertThat(f.decision()).isNull());

    assertThatThrownBy(() -> claimAndComplete(OFFICE, filing, Map.of("fundPlanDecision", "filed")))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("第 2 行").hasMessageContaining("请选择认可或不予认可");
    assertThat(implementation).isWaitingAt("FileFundPlan");
    assertThat(payments.findByApplication(applicationKey(SOCIETY))).isEmpty();

    Map<String, Object> filed = new HashMap<>();
    filed.put("fundPlanDecision", "filed");
    filed.put("flaggedLines", decided(filing, "accepted", null));
    claimAndComplete(OFFICE, filing, filed);

    assertThat(implementation).hasPassed("FileTheFundPlan").isWaitingAt("MidTermDue");
    assertThat(flaggedLines.ofPlan(latestPlanId())).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.purpose()).isEqualTo(DOUBTFUL_PURPOSE);
      assertThat(f.amount()).isEqualByComparingTo("80000");
      assertThat(f.reason()).contains("“其他”");
      assertThat(f.decision()).isEqualTo(FlagDecision.ACCEPTED);
      assertThat(f.decidedBy()).isEqualTo(OFFICE);
      assertThat(f.decidedAt()).isEqualTo(now());
    });
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("R-FUND-1 R-IMP-1: a flagged line not accepted needs a note and cannot be filed; the plan is returned, the letter lists the line and the note, the decision is on record")
  void flaggedLineNotAcceptedReturnsThePlan() {
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), planWithADoubtfulLine());
    Task filing = officeTask(implementation, "FileFundPlan");
    Map<String, Object> decision = new HashMap<>();
    decision.put("fundPlanDecision", "filed");
    decision.put("flaggedLines", decided(filing, "notAccepted", ""));
    assertThatThrownBy(() -> claimAndComplete(OFFICE, filing, decision))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("第 2 行").hasMessageContaining("请写明不予认可的理由");

    String note = "沙龙茶歇属于接待开支，不属于能力提升业务，请改列具体科目";
    decision.put("flaggedLines", decided(filing, "notAccepted", note));
    assertThatThrownBy(() -> claimAndComplete(OFFICE, filing, decision))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("第 2 行支出不予认可，不能备案，请选择退回修改");
    assertThat(payments.findByApplication(applicationKey(SOCIETY))).isEmpty();
    assertThat(flaggedLines.ofPlan(latestPlanId())).singleElement().satisfies(f -> assertThat(f.decision()).isNull());

    decision.put("fundPlanDecision", "returned");
    decision.put("fundPlanComments", "请按意见调整第 2 行后重新报送。");
    claimAndComplete(OFFICE, filing, decision);

    assertThat(implementation).isWaitingAt("SubmitFundPlan");
    assertThat(flaggedLines.ofPlan(latestPlanId())).singleElement().satisfies(f -> {
      assertThat(f.decision()).isEqualTo(FlagDecision.NOT_ACCEPTED);
      assertThat(f.note()).isEqualTo(note);
      assertThat(f.decidedBy()).isEqualTo(OFFICE);
      assertThat(f.decidedAt()).isEqualTo(now());
    });
    assertThat(deliveredTo(MAIL)).anySatisfy(m -> {
      assertThat(subject(m)).contains("退回修改");
      assertThat(body(m)).contains("请按意见调整第 2 行", "不予认可的支出", "第 2 行", DOUBTFUL_PURPOSE, "80,000.00 元",
          note);
    });
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("R-FUND-1: a decision for a line that is not flagged, a changed line or a dropped one is refused, and nothing is recorded")
  void forgedDecisionsAreRefused() {
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), planWithADoubtfulLine());
    Task filing = officeTask(implementation, "FileFundPlan");
    Map<String, Object> forged = new HashMap<>();
    forged.put("fundPlanDecision", "filed");

    List<Map<String, Object>> changed = decided(filing, "accepted", null);
    changed.get(0).put("purpose", "华中力学学术年会会场");
    forged.put("flaggedLines", changed);
    assertThatThrownBy(() -> claimAndComplete(OFFICE, filing, forged))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("“需专项办公室判断的支出”第 1 行的“用途”不能修改");

    List<Map<String, Object>> added = decided(filing, "accepted", null);
    Map<String, Object> notFlagged = new HashMap<>(added.get(0));
    notFlagged.put("line", "1");
    added.add(0, notFlagged);
    forged.put("flaggedLines", added);
    assertThatThrownBy(() -> claimAndComplete(OFFICE, filing, forged))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("“需专项办公室判断的支出”只能逐行判断列出的 1 行，不能增删");

    forged.put("flaggedLines", List.of());
    assertThatThrownBy(() -> claimAndComplete(OFFICE, filing, forged))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("不能增删");

    assertThat(implementation).isWaitingAt("FileFundPlan");
    assertThat(flaggedLines.ofPlan(latestPlanId())).singleElement().satisfies(f -> assertThat(f.decision()).isNull());
    assertThat(payments.findByApplication(applicationKey(SOCIETY))).isEmpty();
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-FUND-1: without flagged lines the filing task asks no decision, and a decision slipped in is refused")
  void noFlaggedLinesNoDecision() {
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), plan());
    Task filing = officeTask(implementation, "FileFundPlan");
    assertThat(decided(filing, null, null)).isEmpty();
    Map<String, Object> forged = new HashMap<>();
    forged.put("fundPlanDecision", "filed");
    forged.put("flaggedLines", List.of(Map.of("line", "1", "decision", "accepted")));
    assertThatThrownBy(() -> claimAndComplete(OFFICE, filing, forged))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("本次没有需专项办公室判断的支出");
    claimAndComplete(OFFICE, filing, Map.of("fundPlanDecision", "filed"));
    assertThat(implementation).hasPassed("FileTheFundPlan");
    assertThat(flaggedLines.ofPlan(latestPlanId())).isEmpty();
  }
}
