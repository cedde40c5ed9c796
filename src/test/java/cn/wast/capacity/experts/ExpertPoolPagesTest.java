package cn.wast.capacity.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.wast.capacity.audit.ChangeRecord;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The expert pool's pages (/office/experts) over HTTP: who may open and change them, every change
 * with its reason on the change record, and refusals at the field that keep the typed values and
 * store nothing. The experts made here have ids starting with zz (or the next expertN) and are
 * removed afterwards; the demo experts are left as they are.
 */
@CapacityTest
class ExpertPoolPagesTest {

  private static final String OFFICE = "office1";

  @LocalServerPort int port;
  @Autowired Experts experts;
  @Autowired ChangeRecords changeRecords;
  @Autowired JdbcTemplate jdbc;

  private final List<String> made = new ArrayList<>(List.of("zzli", "zzwang"));

  @AfterEach
  void removeTheExpertsMadeHere() {
    for (String id : made) {
      jdbc.update("DELETE FROM expert_affiliation WHERE expert_id = ?", id);
      jdbc.update("DELETE FROM expert WHERE user_id = ?", id);
      jdbc.update("DELETE FROM change_record WHERE subject_key = ?", id);
    }
  }

  private static String token(WebappSession session, String path) {
    return WebappSession.hiddenField(session.get(path).text(), "_csrf").orElseThrow();
  }

  private static Map<String, String> newExpert(String userId, String reason) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("userId", userId);
    form.put("name", "李测试");
    form.put("title", "教授");
    form.put("organisation", "武汉测试大学");
    form.put("fields", "材料科学、测试工程");
    form.put("email", userId + "@test.example.cn");
    form.put("phone", "027-8765 4321");
    form.put("reason", reason);
    return form;
  }

  private Response post(WebappSession session, String path, Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.put("_csrf", token(session, "/office/experts"));
    return session.postForm(path, form);
  }

  private long rows(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  @Test
  @DisplayName("No login: 401; a society or an expert: 403; an auditor reads the list, a record and the export but changes nothing")
  void whoMayOpenAndChange() {
    WebappSession anonymous = WebappSession.anonymous(port);
    for (String path : List.of("/office/experts", "/office/experts/expert1", "/office/experts/export")) {
      Response refused = anonymous.get(path);
      assertThat(refused.status()).as(path).isEqualTo(401);
      assertThat(refused.text()).contains("请先登录");
    }
    assertThat(anonymous.postForm("/office/experts", newExpert("zzli", "增补")).status()).isEqualTo(401);
    for (String user : List.of("whdj", "expert2")) {
      Response refused = WebappSession.login(port, user, "demo").get("/office/experts");
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.text()).contains("专家库只对专项办公室和审计人员开放");
    }

    WebappSession auditor = WebappSession.login(port, "auditor1", "demo", "cockpit");
    Response list = auditor.get("/office/experts");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.text()).contains("张建华", "华中科技大学", "审计人员只能查阅").doesNotContain("添加到专家库");
    Response record = auditor.get("/office/experts/expert1");
    assertThat(record.status()).isEqualTo(200);
    assertThat(record.text()).contains("张建华", "武汉机械工程学会", "会员").doesNotContain("保存修改", "添加关联", "停用</button>");
    assertThat(auditor.get("/office/experts/export").status()).isEqualTo(200);

    Map<String, String> form = newExpert("zzli", "增补");
    form.put("_csrf", WebappSession.hiddenField(list.text(), "_csrf").orElse("none"));
    Response change = auditor.postForm("/office/experts", form);
    assertThat(change.status()).isEqualTo(403);
    assertThat(change.text()).contains("审计人员只能查阅");
    assertThat(auditor.postForm("/office/experts/expert1/active", Map.of("active", "false", "reason", "x")).status())
        .isEqualTo(403);
    assertThat(experts.find("zzli")).isEmpty();
    assertThat(experts.find("expert1").orElseThrow().active()).isTrue();
  }

  @Test
  @DisplayName("The office adds an expert with a reason: the pool has them and the change record says who, what and why; search finds them")
  void officeAddsAnExpert() {
    WebappSession office = WebappSession.login(port, OFFICE, "demo");

    Response added = post(office, "/office/experts", newExpert("zzli", "2026年专家库增补"));

    assertThat(added.status()).isEqualTo(302);
    assertThat(added.location()).get().asString().endsWith("/office/experts/zzli?done=added");
    assertThat(experts.find("zzli")).contains(new Expert("zzli", "李测试", "教授", "武汉测试大学", "材料科学、测试工程",
        "zzli@test.example.cn", "027-8765 4321", true));
    assertThat(changeRecords.of(ChangeSubject.EXPERT, "zzli"))
        .extracting(ChangeRecord::field, ChangeRecord::before, ChangeRecord::after, ChangeRecord::reason,
            ChangeRecord::changedBy)
        .contains(tuple("登录账号", null, "zzli", "2026年专家库增补", OFFICE),
            tuple("姓名", null, "李测试", "2026年专家库增补", OFFICE),
            tuple("工作单位", null, "武汉测试大学", "2026年专家库增补", OFFICE),
            tuple("状态", null, "在用", "2026年专家库增补", OFFICE));
    Response page = office.follow(added);
    assertThat(page.text()).contains("专家已加入专家库", "李测试", "2026年专家库增补");

    for (String query : List.of("李测试", "测试大学", "测试工程")) {
      String found = office.get("/office/experts?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)).text();
      assertThat(found).as(query).contains("data-expert=\"zzli\"").doesNotContain("data-expert=\"expert1\"");
    }
    assertThat(office.get("/office/experts?status=inactive").text()).doesNotContain("data-expert=\"zzli\"");
    assertThat(office.get("/office/experts?status=active").text()).contains("data-expert=\"zzli\"");
  }

  @Test
  @DisplayName("Bad input (no name, bad email, bad phone, no reason, an id taken or not ASCII) is refused at its field, the typed values kept, nothing stored")
  void badInputIsRefusedAtTheField() {
    WebappSession office = WebappSession.login(port, OFFICE, "demo");
    long changesBefore = rows("SELECT COUNT(*) FROM change_record");
    Map<String, String> form = newExpert("zzli", "");
    form.put("name", "  ");
    form.put("email", "zhang@");
    form.put("phone", "电话12");
    form.put("organisation", "武汉<b>测试</b>大学");

    Response refused = post(office, "/office/experts", form);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("未添加", "请填写姓名", "电子邮箱格式不正确", "联系电话应为 7 至 20 位数字",
        "请填写修改原因", "value=\"zhang@\"", "value=\"电话12\"", "value=\"zzli\"",
        "武汉&lt;b&gt;测试&lt;/b&gt;大学").doesNotContain("<b>测试</b>");
    assertThat(experts.find("zzli")).isEmpty();

    Map<String, String> taken = newExpert("expert1", "增补");
    assertThat(post(office, "/office/experts", taken).text()).contains("账号 expert1 已在专家库中");
    Map<String, String> notAscii = newExpert("Zhang-Li", "增补");
    assertThat(post(office, "/office/experts", notAscii).text()).contains("登录账号只能由小写英文字母和数字组成");
    Map<String, String> someoneElse = newExpert("whdj", "增补");
    assertThat(post(office, "/office/experts", someoneElse).text()).contains("已被其他用户（不是评审专家）使用");
    assertThat(experts.find("whdj")).isEmpty();
    assertThat(rows("SELECT COUNT(*) FROM change_record")).isEqualTo(changesBefore);
  }

  @Test
  @DisplayName("Without a typed id the expert gets the next free expertN")
  void idIsGivenWhenNotTyped() {
    WebappSession office = WebappSession.login(port, OFFICE, "demo");

    Map<String, String> form = newExpert("", "增补");
    form.put("email", "li.ceshi@test.example.cn");
    Response added = post(office, "/office/experts", form);

    String location = added.location().orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
    made.add(id);
    assertThat(id).matches("expert\\d+").isNotIn("expert1", "expert2", "expert3", "expert4", "expert5", "expert6");
    assertThat(experts.find(id)).get().extracting(Expert::name).isEqualTo("李测试");
  }

  @Test
  @DisplayName("Edit and deactivate need a reason: only the fields changed are on record; a deactivated expert is listed as such and can be reactivated")
  void editAndDeactivate() {
    experts.insert(new Expert("zzwang", "王测试", null, "武汉测试研究所", "测试工程", "zzwang@test.example.cn", null, true));
    WebappSession office = WebappSession.login(port, OFFICE, "demo");
    Map<String, String> edit = new LinkedHashMap<>(Map.of("name", "王测试", "title", "研究员",
        "organisation", "武汉测试研究院", "fields", "测试工程", "email", "zzwang@test.example.cn", "phone", "13800000000"));

    Response withoutReason = post(office, "/office/experts/zzwang", edit);
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.text()).contains("请填写修改原因", "value=\"武汉测试研究院\"", "value=\"13800000000\"");
    assertThat(experts.find("zzwang").orElseThrow().organisation()).isEqualTo("武汉测试研究所");

    edit.put("reason", "单位更名");
    assertThat(post(office, "/office/experts/zzwang", edit).status()).isEqualTo(302);
    assertThat(experts.find("zzwang").orElseThrow())
        .extracting(Expert::title, Expert::organisation, Expert::phone)
        .containsExactly("研究员", "武汉测试研究院", "13800000000");
    assertThat(changeRecords.of(ChangeSubject.EXPERT, "zzwang"))
        .extracting(ChangeRecord::field, ChangeRecord::before, ChangeRecord::after, ChangeRecord::reason)
        .containsExactlyInAnyOrder(tuple("职称", null, "研究员", "单位更名"),
            tuple("工作单位", "武汉测试研究所", "武汉测试研究院", "单位更名"),
            tuple("联系电话", null, "13800000000", "单位更名"));
    assertThat(post(office, "/office/experts/zzwang", edit).text()).contains("没有修改任何内容");

    assertThat(post(office, "/office/experts/zzwang/active", Map.of("active", "false", "reason", " ")).status())
        .isEqualTo(400);
    assertThat(experts.find("zzwang").orElseThrow().active()).isTrue();
    Response deactivated = post(office, "/office/experts/zzwang/active", Map.of("active", "false", "reason", "本人申请退出"));
    assertThat(deactivated.status()).isEqualTo(302);
    assertThat(experts.find("zzwang").orElseThrow().active()).isFalse();
    assertThat(office.follow(deactivated).text()).contains("专家已停用", "已停用（不再列入组建评审委员会的可选名单）",
        "本人申请退出", "恢复在用");
    assertThat(office.get("/office/experts?status=active").text()).doesNotContain("data-expert=\"zzwang\"");
    assertThat(office.get("/office/experts?status=inactive").text()).contains("data-expert=\"zzwang\"");

    assertThat(post(office, "/office/experts/zzwang/active", Map.of("active", "true", "reason", "重新聘任")).status())
        .isEqualTo(302);
    assertThat(experts.find("zzwang").orElseThrow().active()).isTrue();
    assertThat(changeRecords.of(ChangeSubject.EXPERT, "zzwang")).filteredOn(r -> r.field().equals("状态"))
        .extracting(ChangeRecord::before, ChangeRecord::after, ChangeRecord::reason)
        .containsExactly(tuple("已停用", "在用", "重新聘任"), tuple("在用", "已停用", "本人申请退出"));
  }

  @Test
  @DisplayName("Affiliations: dates typed the Chinese ways; unknown society, end before start, a former officer without end, a duplicate are refused; ending one is on record")
  void affiliations() {
    experts.insert(new Expert("zzwang", "王测试", null, "武汉测试研究所", "测试工程", "zzwang@test.example.cn", null, true));
    WebappSession office = WebappSession.login(port, OFFICE, "demo");
    String path = "/office/experts/zzwang/affiliations";

    Response unknown = post(office, path, Map.of("societyCode", "NOSUCH", "role", "MEMBER", "startedOn", "2020年3月1日",
        "reason", "登记会员"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text()).contains("没有代码为“NOSUCH”的学会", "value=\"NOSUCH\"", "value=\"2020年3月1日\"");
    Response backwards = post(office, path, Map.of("societyCode", "WHJX", "role", "OFFICER", "startedOn", "2024/6/1",
        "endedOn", "2023-12-31", "reason", "登记"));
    assertThat(backwards.text()).contains("终止日期（2023-12-31）不能早于起始日期（2024-06-01）");
    Response noEnd = post(office, path, Map.of("societyCode", "WHJX", "role", "FORMER_OFFICER", "reason", "登记"));
    assertThat(noEnd.text()).contains("曾任负责人或理事须填写终止日期");
    Response badDate = post(office, path, Map.of("societyCode", "WHJX", "role", "MEMBER", "startedOn", "2023-02-30",
        "reason", "登记"));
    assertThat(badDate.text()).contains("2023年2月没有30日");
    assertThat(experts.affiliationsOf("zzwang")).isEmpty();
    assertThat(changeRecords.of(ChangeSubject.EXPERT_AFFILIATION, "zzwang")).isEmpty();

    assertThat(post(office, path, Map.of("societyCode", "whjx", "role", "MEMBER", "startedOn", "2020年3月1日",
        "reason", "登记会员")).status()).isEqualTo(302);
    assertThat(post(office, path, Map.of("societyCode", "WHJSJ", "role", "FORMER_OFFICER", "startedOn", "2015.1.1",
        "endedOn", "２０２４－０６－３０", "reason", "登记曾任理事")).status()).isEqualTo(302);
    assertThat(experts.affiliationsOf("zzwang")).containsExactly(
        new ExpertAffiliation("zzwang", "WHJSJ", AffiliationRole.FORMER_OFFICER, LocalDate.of(2015, 1, 1),
            LocalDate.of(2024, 6, 30)),
        new ExpertAffiliation("zzwang", "WHJX", AffiliationRole.MEMBER, LocalDate.of(2020, 3, 1), null));
    Response duplicate = post(office, path, Map.of("societyCode", "WHJX", "role", "MEMBER", "reason", "再登记"));
    assertThat(duplicate.text()).contains("已有“会员”关联，不能重复添加");

    String end = path + "/WHJX/MEMBER/end";
    assertThat(post(office, end, Map.of("endedOn", "2019-12-31", "reason", "退会")).text())
        .contains("终止日期（2019-12-31）不能早于起始日期（2020-03-01）", "value=\"2019-12-31\"");
    Response ended = post(office, end, Map.of("endedOn", "2026年1月5日", "reason", "本人退会"));
    assertThat(ended.status()).isEqualTo(302);
    assertThat(experts.affiliationsOf("zzwang")).filteredOn(a -> a.role() == AffiliationRole.MEMBER)
        .extracting(ExpertAffiliation::endedOn).containsExactly(LocalDate.of(2026, 1, 5));
    assertThat(changeRecords.of(ChangeSubject.EXPERT_AFFILIATION, "zzwang"))
        .extracting(ChangeRecord::subjectName, ChangeRecord::field, ChangeRecord::after, ChangeRecord::reason)
        .contains(tuple("王测试 · 武汉机械工程学会（WHJX） · 会员", "终止日期", "2026-01-05", "本人退会"),
            tuple("王测试 · 武汉机械工程学会（WHJX） · 会员", "起始日期", "2020-03-01", "登记会员"),
            tuple("王测试 · 武汉市计算机学会（WHJSJ） · 曾任负责人或理事", "终止日期", "2024-06-30", "登记曾任理事"));
    assertThat(office.follow(ended).text()).contains("关联已终止", "本人退会", "2026-01-05");
  }

  @Test
  @DisplayName("A form without its token is refused and changes nothing")
  void formWithoutTokenIsRefused() {
    WebappSession office = WebappSession.login(port, OFFICE, "demo");
    Response refused = office.postForm("/office/experts", newExpert("zzli", "增补"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.text()).contains("页面已过期");
    assertThat(experts.find("zzli")).isEmpty();
  }

  @Test
  @DisplayName("The export has sheets 专家 and 专家关联 with Chinese headers and every expert and affiliation")
  void export() throws IOException {
    experts.insert(new Expert("zzwang", "王测试", "研究员", "武汉测试研究所", "测试工程", "zzwang@test.example.cn", null, false));
    experts.affiliate(new ExpertAffiliation("zzwang", "WHDJ", AffiliationRole.OFFICER, LocalDate.of(2021, 5, 1), null));
    Response file = WebappSession.login(port, OFFICE, "demo").get("/office/experts/export");

    assertThat(file.status()).isEqualTo(200);
    assertThat(file.header("Content-Type")).get().asString().startsWith("application/vnd.openxmlformats");
    assertThat(file.header("Content-Disposition")).get().asString().startsWith("attachment;");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet pool = workbook.getSheet("专家");
      Sheet ties = workbook.getSheet("专家关联");
      assertThat(cells(pool.getRow(0))).containsExactly("登录账号", "姓名", "职称", "工作单位", "专业领域", "电子邮箱", "联系电话", "状态");
      assertThat(cells(ties.getRow(0))).containsExactly("专家账号", "专家姓名", "学会代码", "学会名称", "关联类型", "起始日期", "终止日期");
      List<List<String>> expertRows = rowsOf(pool);
      assertThat(expertRows).contains(List.of("zzwang", "王测试", "研究员", "武汉测试研究所", "测试工程", "zzwang@test.example.cn", "", "已停用"));
      assertThat(expertRows).extracting(r -> r.get(0)).contains("expert1", "expert6");
      assertThat(rowsOf(ties)).contains(List.of("zzwang", "王测试", "WHDJ", "武汉电机工程学会", "现任负责人或理事", "2021-05-01", ""));
    }
  }

  private static List<List<String>> rowsOf(Sheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      List<String> row = cells(sheet.getRow(r));
      while (row.size() < sheet.getRow(0).getLastCellNum()) {
        row.add("");
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
    }
    return cells;
  }
}
