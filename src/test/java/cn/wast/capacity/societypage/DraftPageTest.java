package cn.wast.capacity.societypage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A society's drafts of its long forms, over real HTTP as a browser posts them: kept as typed,
 * private to the society, submitted through the engine's own checks, read-only once closed.
 */
class DraftPageTest extends ReviewTestBase {

  private static final String SOCIETY = "WHDJ";
  private static final String PRIVATE_TEXT = "草稿中尚未提交的独有文字：学会年度学术活动第一稿，仅供本学会内部修改。";

  @Autowired TestRestTemplate rest;
  @Autowired SocietyRegistry registry;

  private String applicationDraft() {
    return "/society/" + SOCIETY + "/drafts/" + year() + "/application";
  }

  private WebappSession society() {
    return WebappSession.login(port, DemoUsers.userOf(SOCIETY), "demo");
  }

  private static Map<String, String> fields(Response page, Map<String, String> typed) {
    Map<String, String> form = new LinkedHashMap<>(typed);
    form.put("_csrf", WebappSession.hiddenField(page.text(), "_csrf").orElseThrow());
    return form;
  }

  private Map<String, String> completeApplication() {
    Map<String, String> form = new LinkedHashMap<>();
    applicationForm().forEach((key, value) -> form.put("f." + key, value.toString()));
    form.remove("f.roundYear");
    return form;
  }

  @Test
  @DisplayName("A half-filled application is saved, found again in a new session, and seen by nobody else")
  void halfFilledApplicationIsKeptAndPrivate() {
    openRound();
    WebappSession first = society();
    Response empty = first.get(applicationDraft());
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.text()).contains("申报材料", "服务创新能力（C1）", "保存草稿", "提交申报材料", "申报截止日期");

    Response saved = first.postForm(applicationDraft(),
        fields(empty, Map.of("action", "save", "f.achievementC1", PRIVATE_TEXT, "f.contactName", "陈晓燕")));
    assertThat(saved.status()).isEqualTo(302);
    assertThat(first.follow(saved).text()).contains("草稿已保存");
    first.logout();

    Response again = society().get(applicationDraft());
    assertThat(again.text()).contains(PRIVATE_TEXT, "陈晓燕", "最近保存");
    assertThat(rows("application")).isZero();
    assertThat(instancesOf("application")).isZero();

    Response otherSociety = WebappSession.login(port, DemoUsers.userOf("WHJSJ"), "demo").get(applicationDraft());
    assertThat(otherSociety.status()).isEqualTo(403);
    assertThat(otherSociety.text()).doesNotContain(PRIVATE_TEXT);
    Response office = WebappSession.login(port, OFFICE, "demo").get(applicationDraft());
    assertThat(office.status()).isEqualTo(403);
    assertThat(office.text()).contains("草稿只对本学会的账号开放").doesNotContain(PRIVATE_TEXT);
    assertThat(WebappSession.anonymous(port).get(applicationDraft()).status()).isEqualTo(401);
    assertThat(WebappSession.login(port, "auditor1", "demo", "cockpit").get("/society").text()).doesNotContain(PRIVATE_TEXT);

    for (String path : new String[] {"/engine-rest/variable-instance", "/engine-rest/history/variable-instance",
        "/engine-rest/history/detail", "/engine-rest/task", "/engine-rest/process-instance"}) {
      for (String user : new String[] {OFFICE, DemoUsers.userOf("WHJSJ")}) {
        String body = rest.withBasicAuth(user, "demo").getForEntity(path, String.class).getBody();
        assertThat(body).as(user + " " + path).doesNotContain(PRIVATE_TEXT);
      }
    }
  }

  @Test
  @DisplayName("Submitting a draft meets the form's checks beside each field, then the engine's rules, and loses nothing")
  void submissionChecksEverythingAndLosesNothing() {
    openRound();
    WebappSession session = society();
    Response page = session.get(applicationDraft());

    Response incomplete = session.postForm(applicationDraft(), fields(page, Map.of("action", "submit",
        "f.achievementC1", "太短", "f.contactEmail", "不是邮箱", "f.contactPhone", "电话")));
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.text()).contains("处需要修改后才能提交", "“服务创新能力（C1）”至少 20 个字，现为 2 个字",
        "请填写有效的邮箱地址", "“联系电话”格式不正确", "请填写“服务社会和政府能力（C2）”", "请选择“研究同意的机构”",
        "请勾选此项确认后再提交", "太短", "不是邮箱");
    assertThat(instancesOf("application")).isZero();

    Response noBoardResolution = session.postForm(applicationDraft(),
        fields(page, with(completeApplication(), "action", "submit")));
    assertThat(noBoardResolution.status()).isEqualTo(400);
    assertThat(noBoardResolution.text()).contains("提交未成功", "尚未上传理事会（常务理事会）决议文件");
    assertThat(instancesOf("application")).isZero();
    assertThat(rows("application")).isZero();
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(session.get(applicationDraft()).text()).contains("张明", "zhangming@example.cn");

    uploadBoardResolution(SOCIETY);
    Response submitted = session.postForm(applicationDraft(), fields(page, with(completeApplication(), "action", "submit")));
    assertThat(submitted.status()).isEqualTo(302);
    assertThat(session.follow(submitted).text()).contains("申报材料已提交", "提交（编号 APP-" + year() + "-WHDJ）", "仅供查阅");
    ProcessInstance application = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("APP-" + year() + "-WHDJ").singleResult();
    assertThat(application).isNotNull();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(application.getId())
        .variableName("contactName").singleResult().getValue()).isEqualTo("张明");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(application.getId())
        .variableName("declaration").singleResult().getValue()).isEqualTo(true);
    assertThat(deliveredTo(registry.findByCode(SOCIETY).orElseThrow().contactEmail()).stream().map(m -> subject(m)))
        .anyMatch(s -> s.contains("申报回执"));

    Response again = session.postForm(applicationDraft(), fields(page, with(completeApplication(), "action", "save")));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.text()).contains("未保存", "已于");
  }

  @Test
  @DisplayName("A draft for a closed round stays, read-only, with a notice")
  void closedRoundKeepsTheDraftReadOnly() {
    openRound();
    WebappSession session = society();
    Response page = session.get(applicationDraft());
    session.postForm(applicationDraft(), fields(page, Map.of("action", "save", "f.achievementC2", PRIVATE_TEXT)));

    setClock(applicationDeadline().plusDays(1), LocalTime.of(9, 0));
    Response closed = session.get(applicationDraft());
    assertThat(closed.status()).isEqualTo(200);
    assertThat(closed.text()).contains("截止", "草稿保留，仅供查阅，不能再提交", PRIVATE_TEXT).doesNotContain("id=\"save-draft\"");
    Response late = session.postForm(applicationDraft(), fields(closed, Map.of("action", "submit", "f.achievementC2", "改过")));
    assertThat(late.status()).isEqualTo(400);
    assertThat(session.get(applicationDraft()).text()).contains(PRIVATE_TEXT).doesNotContain("改过");
    assertThat(instancesOf("application")).isZero();
  }

  @Test
  @DisplayName("The fund plan's draft grows row by row, keeps a bad amount as typed, and completes the society's task")
  void fundPlanDraft() {
    ProcessInstance implementation = awardedImplementation(SOCIETY);
    String path = "/society/" + SOCIETY + "/drafts/" + year() + "/fund-plan";
    WebappSession session = society();
    Response page = session.get(path);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("经费使用管理方案", "提交截止时间", "进度安排", "经费预算", "增加一行");

    Map<String, String> plan = new LinkedHashMap<>();
    plan.put("f.workApproach", "以电机工程学术交流为主线，带动科普和人才举荐工作，服务会员。");
    plan.put("f.priorities", "办好学术年会，开展电力安全科普进社区，举荐青年人才，完善会员服务。");
    plan.put("l.milestones.count", "1");
    plan.put("l.milestones.0.dueOn", LocalDate.now(ZONE).plusMonths(3).toString());
    plan.put("l.milestones.0.milestone", "举办学术年会");
    plan.put("l.indicators.count", "1");
    plan.put("l.indicators.0.measure", "学术年会参会人数");
    plan.put("l.indicators.0.target", "不少于 300 人");
    plan.put("l.budgetLines.count", "1");
    plan.put("l.budgetLines.0.capacity", "C1");
    plan.put("l.budgetLines.0.category", "MEETING");
    plan.put("l.budgetLines.0.purpose", "学术年会会务费用");
    plan.put("l.budgetLines.0.amount", "二十万");
    Response added = session.postForm(path, fields(page, with(plan, "action", "add:budgetLines")));
    assertThat(added.status()).isEqualTo(302);
    Response twoRows = session.follow(added);
    assertThat(twoRows.text()).contains("value=\"二十万\"", "name=\"l.budgetLines.1.amount\"");

    Response bad = session.postForm(path, fields(twoRows, with(with(plan, "l.budgetLines.count", "2"), "action", "submit")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).contains("“金额（元）”须填写数字", "二十万");
    assertThat(implementation).isWaitingAt("SubmitFundPlan");

    Map<String, String> right = with(plan, "l.budgetLines.0.amount", "200000");
    Response submitted = session.postForm(path, fields(twoRows, with(with(right, "l.budgetLines.count", "2"), "action", "submit")));
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(302);
    assertThat(implementation).isWaitingAt("FileFundPlan");
    assertThat(session.follow(submitted).text()).contains("经费使用管理方案已提交", "等待", "仅供查阅").doesNotContain("id=\"save-draft\"");
  }

  @Test
  @DisplayName("R-IMP-1: the fund plan states the award its lines must add up to, and the total of the lines, in Tasklist's form and on the draft page")
  void fundPlanShowsAwardAndRunningTotal() throws Exception {
    ProcessInstance implementation = awardedImplementation(SOCIETY);
    java.math.BigDecimal award = new java.math.BigDecimal(
        (String) runtimeService.getVariable(implementation.getId(), "awardAmount"));
    String path = "/society/" + SOCIETY + "/drafts/" + year() + "/fund-plan";
    WebappSession session = society();
    Response page = session.get(path);
    assertThat(page.text()).contains("预算合计：0.00 元，须等于奖励补助 " + cn.wast.capacity.Numbers.yuan(award),
        "还差 " + cn.wast.capacity.Numbers.yuan(award));

    Map<String, String> plan = new LinkedHashMap<>();
    plan.put("l.budgetLines.count", "2");
    plan.put("l.budgetLines.0.amount", "100000");
    plan.put("l.budgetLines.1.amount", "10,000.50");
    Response saved = session.follow(session.postForm(path, fields(page, with(plan, "action", "save"))));
    java.math.BigDecimal rest = award.subtract(new java.math.BigDecimal("110000.50"));
    assertThat(saved.text()).contains("预算合计：110,000.50 元", "还差 " + cn.wast.capacity.Numbers.yuan(rest));

    // Tasklist's form: the award beside the lines and their running total, computed as the society types
    org.camunda.bpm.engine.task.Task task = singleTask(DemoUsers.userOf(SOCIETY), implementation.getId());
    String form = new String(as(DemoUsers.userOf(SOCIETY), () -> formService.getDeployedTaskForm(task.getId()))
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(form).contains("预算合计", "{{awardAmountText}}", "budgetLines", "line.amount");
  }

  @Test
  @DisplayName("A report may be drafted before its task opens, but not submitted")
  void reportDraftBeforeItsTask() {
    awardedImplementation(SOCIETY);
    String path = "/society/" + SOCIETY + "/drafts/" + year() + "/mid-term-report";
    WebappSession session = society();
    Response page = session.get(path);
    assertThat(page.text()).contains("任务尚未开启", "id=\"save-draft\"").doesNotContain("id=\"submit-draft\"");
    Response submit = session.postForm(path, fields(page, Map.of("action", "submit", "l.ledger.count", "1",
        "l.ledger.0.purpose", "学术年会会务费用")));
    assertThat(submit.status()).isEqualTo(400);
    assertThat(submit.text()).contains("现在还不能提交");
    assertThat(session.get(path).text()).contains("学术年会会务费用");
  }

  private static Map<String, String> with(Map<String, String> form, String key, String value) {
    Map<String, String> changed = new LinkedHashMap<>(form);
    changed.put(key, value);
    return changed;
  }
}
