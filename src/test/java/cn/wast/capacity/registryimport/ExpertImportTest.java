package cn.wast.capacity.registryimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.audit.ChangeRecord;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.experts.AffiliationRole;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.experts.ExpertAffiliation;
import cn.wast.capacity.experts.Experts;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The experts import (/office/experts/import): unknown accounts add experts, known ones with other
 * values are edits, affiliations name registered societies by code or credit code; every bad row
 * named in Chinese and nothing stored; the fixed file commits with change records through the
 * pool; the pool's export reads back in with nothing new.
 */
class ExpertImportTest extends RegistryImportTestBase {

  private static final String PAGE = "/office/experts/import";
  private static final List<String> MADE = List.of("zzimp1", "zzimp2", "zzimp3");

  @Autowired Experts experts;
  @Autowired ChangeRecords changeRecords;

  @AfterEach
  void removeExperts() {
    for (String id : MADE) {
      jdbc.update("DELETE FROM expert_affiliation WHERE expert_id = ?", id);
      jdbc.update("DELETE FROM expert WHERE user_id = ?", id);
      jdbc.update("DELETE FROM change_record WHERE subject_key = ?", id);
    }
  }

  private static List<Object> expert(String id, String name, String email, String status) {
    return new ArrayList<>(List.of(id, name, "教授", "武汉测试大学", "材料科学", email, "027-87654321", status));
  }

  private static List<Object> tie(String id, String name, String society, String role, String start, String end) {
    List<Object> row = new ArrayList<>(List.of(id, name, society, "", role, start));
    row.add(end);
    return row;
  }

  private static byte[] file(List<List<Object>> expertRows, List<List<Object>> ties) {
    return new TestWorkbook()
        .sheet("专家", FactSheet.EXPERT.headers(), expertRows)
        .sheet("专家关联", FactSheet.EXPERT_AFFILIATION.headers(), ties)
        .bytes();
  }

  private List<List<Object>> goodExperts() {
    return List.of(
        expert("zzimp1", "李导入", "zzimp1@test.example.cn", "在用"),
        expert("zzimp2", "王导入", "zzimp2@test.example.cn", "已停用"),
        expert("zzimp3", "赵导入", "zzimp3@test.example.cn", ""));
  }

  private List<List<Object>> goodTies() {
    return List.of(
        tie("zzimp1", "李导入", TEST_SOCIETY, "会员", "2020-01-01", ""),
        tie("zzimp2", "王导入", TEST_CREDIT, "曾任负责人或理事", "2018/1/1", "2023年12月31日"));
  }

  private void knownExpert() {
    experts.insert(new Expert("zzimp3", "赵导入", null, "武汉旧单位", "材料科学", "zzimp3@test.example.cn",
        "027-87654321", true));
  }

  @Test
  @DisplayName("Bad expert and affiliation rows are named in Chinese; the commit is refused and the pool is untouched")
  void badRowsAreNamed() {
    knownExpert();
    WebappSession office = office(port);
    List<List<Object>> expertRows = new ArrayList<>(goodExperts());
    expertRows.add(expert("zzimp1", "重复", "dup@test.example.cn", "在用"));
    expertRows.add(expert("zz-imp", "坏账号", "bad@test.example.cn", "在用"));
    expertRows.add(expert("zzimp4", "坏邮箱", "not-an-email", "在用"));
    expertRows.add(expert("zzimp5", "坏状态", "zz5@test.example.cn", "离职"));
    List<List<Object>> ties = new ArrayList<>(goodTies());
    ties.add(tie("zzimp1", "李导入", "NOSUCHSOC", "会员", "", ""));
    ties.add(tie("zzghost", "无此人", TEST_SOCIETY, "会员", "", ""));
    ties.add(tie("zzimp1", "李导入", TEST_SOCIETY, "顾问", "", ""));
    ties.add(tie("zzimp3", "赵导入", TEST_SOCIETY, "曾任负责人或理事", "2019-01-01", ""));
    ties.add(tie("zzimp1", "李导入", TEST_SOCIETY, "会员", "2020-01-01", ""));

    Uploaded preview = upload(office, PAGE, PAGE, file(expertRows, ties));

    assertThat(row(preview, "专家", 2)).contains("新增专家");
    assertThat(row(preview, "专家", 4)).contains("修改专家信息");
    assertThat(row(preview, "专家", 5)).contains("登录账号“zzimp1”与本表第2行重复");
    assertThat(row(preview, "专家", 6)).contains("登录账号只能由小写英文字母和数字组成");
    assertThat(row(preview, "专家", 7)).contains("电子邮箱格式不正确");
    assertThat(row(preview, "专家", 8)).contains("状态“离职”不是可接受的值（在用、已停用）");
    assertThat(row(preview, "专家关联", 2)).as("an expert the same file adds").contains("新增关联");
    assertThat(row(preview, "专家关联", 3)).as("a society named by its credit code").contains("新增关联");
    assertThat(row(preview, "专家关联", 4)).contains("学会登记中没有代码（或统一社会信用代码）为“NOSUCHSOC”的学会");
    assertThat(row(preview, "专家关联", 5)).contains("专家库中没有账号“zzghost”");
    assertThat(row(preview, "专家关联", 6)).contains("关联类型“顾问”不是可接受的值");
    assertThat(row(preview, "专家关联", 7)).contains("曾任负责人或理事须填写终止日期");
    assertThat(row(preview, "专家关联", 8)).contains("与本表第2行重复");
    assertThat(preview.text()).contains("有问题 <strong id=\"problem-rows\">9</strong> 行");

    Response refused = commit(office, preview, "新装：导入专家库");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(experts.find("zzimp1")).isEmpty();
    assertThat(experts.find("zzimp3").orElseThrow().organisation()).isEqualTo("武汉旧单位");
    assertThat(experts.affiliationsOf("zzimp3")).isEmpty();
    assertThat(changeRecords.of(ChangeSubject.EXPERT, "zzimp1")).isEmpty();
  }

  @Test
  @DisplayName("The fixed file adds, edits and deactivates experts and ties them to societies, each with a change record")
  void fixedFileCommits() {
    knownExpert();
    WebappSession office = office(port);
    Uploaded preview = upload(office, PAGE, PAGE, file(goodExperts(), goodTies()));
    assertThat(preview.text()).contains("待导入 <strong id=\"to-write\">5</strong> 行", "确认导入</button>");
    assertThat(experts.find("zzimp1")).as("the preview stores nothing").isEmpty();

    Response done = commit(office, preview, "新装：导入专家库");
    assertThat(done.status()).isEqualTo(302);
    assertThat(office.follow(done).text()).contains("已导入 5 行");

    assertThat(experts.find("zzimp1")).contains(new Expert("zzimp1", "李导入", "教授", "武汉测试大学", "材料科学",
        "zzimp1@test.example.cn", "027-87654321", true));
    assertThat(experts.find("zzimp2").orElseThrow().active()).isFalse();
    assertThat(experts.find("zzimp3").orElseThrow().organisation()).isEqualTo("武汉测试大学");
    assertThat(experts.affiliationsOf("zzimp1")).containsExactly(
        new ExpertAffiliation("zzimp1", TEST_SOCIETY, AffiliationRole.MEMBER, LocalDate.of(2020, 1, 1), null));
    assertThat(experts.affiliationsOf("zzimp2")).containsExactly(new ExpertAffiliation("zzimp2", TEST_SOCIETY,
        AffiliationRole.FORMER_OFFICER, LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 31)));

    assertThat(changeRecords.of(ChangeSubject.EXPERT, "zzimp3")).extracting(ChangeRecord::field)
        .containsExactlyInAnyOrder("职称", "工作单位");
    assertThat(changeRecords.of(ChangeSubject.EXPERT, "zzimp2")).extracting(ChangeRecord::field).contains("登录账号", "状态");
    assertThat(changeRecords.of(ChangeSubject.EXPERT_AFFILIATION, "zzimp1")).isNotEmpty();
    assertThat(changeRecords.of(ChangeSubject.EXPERT, "zzimp1")).allSatisfy(c -> {
      assertThat(c.changedBy()).isEqualTo(OFFICE);
      assertThat(c.reason()).startsWith("新装：导入专家库");
    });
  }

  @Test
  @DisplayName("The template has the export's sheets; the pool's export reads back in with nothing new; the pool page links the import")
  void templateAndExportReadBackIn() {
    WebappSession office = office(port);
    Response template = office.get(PAGE + "/template.xlsx");
    assertThat(TestWorkbook.sheetNames(template.body())).containsExactly("说明", "专家", "专家关联");
    assertThat(TestWorkbook.rowsOf(template.body(), "专家")).containsExactly(
        List.of("登录账号", "姓名", "职称", "工作单位", "专业领域", "电子邮箱", "联系电话", "状态"));
    assertThat(TestWorkbook.rowsOf(template.body(), "专家关联")).containsExactly(
        List.of("专家账号", "专家姓名", "学会代码", "学会名称", "关联类型", "起始日期", "终止日期"));
    assertThat(office.get("/office/experts").text()).contains("href=\"/office/experts/import\"");
    assertThat(office.get(PAGE).text()).contains("学会须<strong>已在学会登记中</strong>");

    commit(office, upload(office, PAGE, PAGE, file(goodExperts(), goodTies())), "新装：导入专家库");
    Response export = office.get("/office/experts/export");
    Uploaded reimported = upload(office, PAGE, PAGE, export.body());
    assertThat(reimported.text()).contains("待导入 <strong id=\"to-write\">0</strong> 行",
        "有问题 <strong id=\"problem-rows\">0</strong> 行", "专家库中已有，不重复导入");
  }
}
