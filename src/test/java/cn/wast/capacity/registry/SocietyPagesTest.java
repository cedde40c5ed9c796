package cn.wast.capacity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.audit.ChangeRecord;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.society.CreditCode;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.ProcessTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry's pages over HTTP with the real sign-in: who may open and change them, refused
 * input kept and nothing stored, and every saved change on the record with its reason.
 */
class SocietyPagesTest extends ProcessTestBase {

  static final String CODE = "PAGETEST";
  static final String NEW_CODE = "PAGENEW";
  static final String CREDIT_CODE = creditCode("51420100MJ0000001");
  static final String OTHER_CREDIT_CODE = creditCode("51420100MJ0000002");

  @Autowired SocietyRegistry registry;
  @Autowired ChangeRecords changeRecords;

  static String creditCode(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }

  @BeforeEach
  void testSociety() {
    SocietyAsOfTest.remove(jdbc, CODE);
    SocietyAsOfTest.remove(jdbc, NEW_CODE);
    registry.save(SocietyAsOfTest.society(CODE, "武汉市页面测试学会", 5));
    registry.assignCreditCode(CODE, CREDIT_CODE);
  }

  @AfterEach
  void removed() {
    SocietyAsOfTest.remove(jdbc, CODE);
    SocietyAsOfTest.remove(jdbc, NEW_CODE);
  }

  private WebappSession office() {
    return WebappSession.login(port, "office1", "demo");
  }

  private static String token(WebappSession session, String formPath) {
    Response form = session.get(formPath);
    assertThat(form.status()).as(formPath).isEqualTo(200);
    return WebappSession.hiddenField(form.text(), "_csrf").orElseThrow();
  }

  private Map<String, String> attributes(WebappSession session) {
    Map<String, String> form = new HashMap<>();
    String page = session.get("/office/societies/" + CODE + "/edit/attributes").text();
    for (String field : List.of("_csrf", "creditCode", "name", "contactEmail", "boardTermEndsOn",
        "secretaryGeneralName", "staffCount", "financialStaffCount", "effectiveOn")) {
      form.put(field, WebappSession.hiddenField(page, field).orElse(""));
    }
    form.putAll(Map.of("affiliated", "true", "internalManagementSound", "true", "secretaryGeneralTenure", "FULL_TIME",
        "financialRulesInPlace", "true", "independentBankAccount", "true"));
    return form;
  }

  private long versions() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM society_version WHERE society_code = ?", Long.class, CODE);
  }

  @Test
  @DisplayName("no login 401, a society or an expert 403, an auditor reads but changes nothing, the office both")
  void whoMayOpenAndChange() {
    assertThat(WebappSession.anonymous(port).get("/office/societies").status()).isEqualTo(401);
    WebappSession society = WebappSession.login(port, DemoUsers.userOf(DemoSocieties.ELIGIBLE.get(0)), "demo");
    assertThat(society.get("/office/societies").status()).isEqualTo(403);
    assertThat(society.get("/office/societies/" + CODE).status()).isEqualTo(403);
    assertThat(WebappSession.login(port, "expert1", "demo").get("/office/societies/" + CODE).status()).isEqualTo(403);

    WebappSession auditor = WebappSession.login(port, "auditor1", "demo", "cockpit");
    Response list = auditor.get("/office/societies");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.text()).contains("武汉市页面测试学会", CREDIT_CODE).doesNotContain("登记新学会");
    Response page = auditor.get("/office/societies/" + CODE);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("武汉市页面测试学会", "变更记录").doesNotContain("修改学会信息", "/edit/");
    assertThat(auditor.get("/office/societies/" + CODE + "/edit/attributes").status()).isEqualTo(403);
    assertThat(auditor.get("/office/societies/new").status()).isEqualTo(403);
    Map<String, String> change = attributes(office());
    change.put("name", "审计人员改的名称");
    change.put("reason", "试图修改");
    assertThat(auditor.postForm("/office/societies/" + CODE + "/edit/attributes", change).status()).isEqualTo(403);
    assertThat(registry.findByCode(CODE).orElseThrow().name()).isEqualTo("武汉市页面测试学会");

    WebappSession office = office();
    assertThat(office.get("/office/societies").text()).contains("登记新学会");
    assertThat(office.get("/office/societies/" + CODE).text()).contains("修改学会信息");
    assertThat(office.get("/office/societies/NOSUCH").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("search by name, by code and by credit code")
  void search() {
    WebappSession office = office();
    assertThat(office.get("/office/societies?q=" + java.net.URLEncoder.encode("页面测试", java.nio.charset.StandardCharsets.UTF_8))
        .text()).contains("data-code=\"" + CODE + "\"").doesNotContain("data-code=\"WHJX\"");
    assertThat(office.get("/office/societies?q=pagetest").text()).contains("data-code=\"" + CODE + "\"");
    assertThat(office.get("/office/societies?q=" + CREDIT_CODE.substring(8)).text())
        .contains("data-code=\"" + CODE + "\"").doesNotContain("data-code=\"WHJX\"");
  }

  @Test
  @DisplayName("refused input: each problem in Chinese at its field, the typed values kept, nothing stored")
  void refusedInputKeepsTypedValues() {
    WebappSession office = office();
    Map<String, String> change = attributes(office);
    change.put("creditCode", CREDIT_CODE.substring(0, 17) + (CREDIT_CODE.charAt(17) == '0' ? '1' : '0'));
    change.put("name", "武汉市页面测试学会（新名）");
    change.put("contactEmail", "不是邮箱");
    change.put("staffCount", "五");
    change.put("effectiveOn", "2099年1月1日");
    change.put("reason", " ");

    Response refused = office.postForm("/office/societies/" + CODE + "/edit/attributes", change);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("统一社会信用代码校验位不符", "联系邮箱格式不正确", "工作人员人数应为0或正整数",
        "生效日期不能晚于今天", "请填写修改原因");
    assertThat(WebappSession.hiddenField(refused.text(), "name")).contains("武汉市页面测试学会（新名）");
    assertThat(WebappSession.hiddenField(refused.text(), "contactEmail")).contains("不是邮箱");
    assertThat(WebappSession.hiddenField(refused.text(), "effectiveOn")).contains("2099年1月1日");
    assertThat(registry.findByCode(CODE).orElseThrow().name()).isEqualTo("武汉市页面测试学会");
    assertThat(versions()).isOne();
    assertThat(changeRecords.of(ChangeSubject.SOCIETY, CODE)).isEmpty();

    // a credit code another society holds
    registry.save(SocietyAsOfTest.society(NEW_CODE, "武汉市另一学会", 3));
    registry.assignCreditCode(NEW_CODE, OTHER_CREDIT_CODE);
    change = attributes(office);
    change.put("creditCode", OTHER_CREDIT_CODE.toLowerCase());
    change.put("reason", "核对");
    assertThat(office.postForm("/office/societies/" + CODE + "/edit/attributes", change).text())
        .contains("该统一社会信用代码已登记为“武汉市另一学会”（" + NEW_CODE + "）");

    // a credit code once registered is not removed
    change = attributes(office);
    change.put("creditCode", "");
    change.put("reason", "清空");
    assertThat(office.postForm("/office/societies/" + CODE + "/edit/attributes", change).text())
        .contains("请填写统一社会信用代码");
    assertThat(registry.creditCodeOf(CODE)).contains(CREDIT_CODE);

    // without the form's token nothing is done
    change = attributes(office);
    change.remove("_csrf");
    change.put("name", "无令牌");
    change.put("reason", "测试");
    assertThat(office.postForm("/office/societies/" + CODE + "/edit/attributes", change).status()).isEqualTo(403);
    assertThat(registry.findByCode(CODE).orElseThrow().name()).isEqualTo("武汉市页面测试学会");
  }

  @Test
  @DisplayName("a saved change: the record as of the day before shows the old, today the new, and the change record says who, when, before, after and why")
  void savedChangeIsOnRecord() {
    WebappSession office = office();
    Map<String, String> change = attributes(office);
    assertThat(change.get("effectiveOn")).as("the effective day opens as today").isEqualTo(LocalDate.of(year(), 3, 2).toString());
    change.put("name", "武汉市页面测试科技学会");
    change.put("staffCount", "7");
    change.put("reason", "民政局换发登记证书，名称变更");

    Response saved = office.postForm("/office/societies/" + CODE + "/edit/attributes", change);
    assertThat(saved.status()).isEqualTo(302);
    String page = office.follow(saved).text();
    assertThat(page).contains("修改已保存", "武汉市页面测试科技学会", "民政局换发登记证书，名称变更", "office1");

    String dayBefore = year() + "年3月1日";
    String before = office.get("/office/societies/" + CODE + "?asOf="
        + java.net.URLEncoder.encode(dayBefore, java.nio.charset.StandardCharsets.UTF_8)).text();
    assertThat(before.substring(before.indexOf("id=\"attributes\""), before.indexOf("历次版本")))
        .contains("武汉市页面测试学会").doesNotContain("科技学会");

    List<ChangeRecord> records = changeRecords.of(ChangeSubject.SOCIETY, CODE);
    assertThat(records).extracting(ChangeRecord::field, ChangeRecord::before, ChangeRecord::after).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("学会名称（" + year() + "-03-02起）", "武汉市页面测试学会", "武汉市页面测试科技学会"),
        org.assertj.core.groups.Tuple.tuple("工作人员人数（" + year() + "-03-02起）", "5", "7"));
    assertThat(records).allSatisfy(r -> {
      assertThat(r.reason()).isEqualTo("民政局换发登记证书，名称变更");
      assertThat(r.changedBy()).isEqualTo("office1");
    });

    // the same values again: nothing to save
    Map<String, String> again = attributes(office);
    again.put("reason", "再次保存");
    Response unchanged = office.postForm("/office/societies/" + CODE + "/edit/attributes", again);
    assertThat(unchanged.status()).isEqualTo(400);
    assertThat(unchanged.text()).contains("与现行记录相同");
  }

  @Test
  @DisplayName("facts: an inspection result and a violation recorded with reasons, a violation withdrawn, the past unchanged")
  void factsWithReasons() {
    registry.recordInspection(CODE, year() - 1, true);
    WebappSession office = office();
    String path = "/office/societies/" + CODE + "/edit/inspection";
    Response refused = office.postForm(path, Map.of("_csrf", token(office, path), "year", "去年", "passed", "false",
        "effectiveOn", year() + "/3/2", "reason", "年检结论更正"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("年度应为四位数字");
    assertThat(WebappSession.hiddenField(refused.text(), "year")).contains("去年");

    assertThat(office.postForm(path, Map.of("_csrf", token(office, path), "year", String.valueOf(year() - 1),
        "passed", "false", "effectiveOn", year() + "/3/2", "reason", "民政局年检结论更正为不合格")).status()).isEqualTo(302);
    assertThat(registry.loadRecord(CODE, LocalDate.of(year(), 3, 1)).orElseThrow().inspectionOf(year() - 1)
        .orElseThrow().passed()).isTrue();
    assertThat(registry.loadRecord(CODE, LocalDate.of(year(), 3, 2)).orElseThrow().inspectionOf(year() - 1)
        .orElseThrow().passed()).isFalse();

    String violation = "/office/societies/" + CODE + "/edit/violation";
    assertThat(office.postForm(violation, Map.of("_csrf", token(office, violation), "kind", "PUBLIC_CRITICISM",
        "authority", "市民政局", "description", "未按时报送年报", "recordedOn", year() + "年2月20日",
        "effectiveOn", year() + "-03-02", "reason", "民政局通报")).status()).isEqualTo(302);
    long id = registry.violationHistory(CODE).get(0).id();
    String correction = violation + "/" + id;
    assertThat(office.postForm(correction, Map.of("_csrf", token(office, correction), "withdraw", "true",
        "effectiveOn", year() + "-03-02", "reason", "")).text()).contains("请填写修改原因");
    assertThat(office.postForm(correction, Map.of("_csrf", token(office, correction), "withdraw", "true",
        "effectiveOn", year() + "-03-02", "reason", "通报对象登记有误")).status()).isEqualTo(302);
    assertThat(office.get(correction).status()).as("a withdrawn row is no longer corrected").isEqualTo(404);

    List<ChangeRecord> facts = changeRecords.of(ChangeSubject.SOCIETY_FACT, CODE);
    assertThat(facts).extracting(ChangeRecord::reason)
        .containsExactly("通报对象登记有误", "民政局通报", "民政局年检结论更正为不合格");
    assertThat(facts.get(0).after()).isNull();
    assertThat(facts.get(2).before()).isEqualTo("合格");
    assertThat(facts.get(2).after()).isEqualTo("不合格");
    String page = office.get("/office/societies/" + CODE).text();
    assertThat(page).contains("民政局年检结论更正为不合格", "未按时报送年报", "（撤销）");
  }

  @Test
  @DisplayName("registration: code and credit code required and unique, then listed with its first change record")
  void registration() {
    WebappSession office = office();
    String path = "/office/societies/new";
    Map<String, String> form = new HashMap<>(Map.of("code", "页面", "creditCode", CREDIT_CODE, "name", "武汉市新学会",
        "contactEmail", "new@societies.example.cn", "affiliated", "true", "internalManagementSound", "true",
        "secretaryGeneralTenure", "NONE", "staffCount", "2", "financialRulesInPlace", "true",
        "independentBankAccount", "false"));
    form.putAll(Map.of("financialStaffCount", "1", "effectiveOn", year() + "-03-02", "reason", "新成立学会", "_csrf",
        token(office, path)));
    Response refused = office.postForm(path, form);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("学会代码为2至32位英文字母或数字", "该统一社会信用代码已登记为“武汉市页面测试学会”");
    assertThat(WebappSession.hiddenField(refused.text(), "name")).contains("武汉市新学会");
    assertThat(registry.findByCode(NEW_CODE)).isEmpty();

    form.put("code", NEW_CODE.toLowerCase());
    form.put("creditCode", OTHER_CREDIT_CODE);
    Response saved = office.postForm(path, form);
    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).hasValueSatisfying(l -> assertThat(l).contains("/office/societies/" + NEW_CODE));
    assertThat(registry.creditCodeOf(NEW_CODE)).contains(OTHER_CREDIT_CODE);
    assertThat(registry.loadRecord(NEW_CODE, LocalDate.of(year(), 3, 1))).isEmpty();
    assertThat(changeRecords.of(ChangeSubject.SOCIETY, NEW_CODE)).isNotEmpty()
        .allSatisfy(r -> assertThat(r.reason()).contains("新成立学会"));
  }
}
