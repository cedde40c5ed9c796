package cn.wast.capacity.registryimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.audit.ChangeRecord;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.society.AnnualInspection;
import cn.wast.capacity.society.CommissionedProject;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import cn.wast.capacity.society.WorkReport;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Annual facts by spreadsheet: a file with good and bad rows is previewed with every row's
 * problem in Chinese and commits nothing; the same file fixed commits every row in one go, with a
 * change record each; an export of the registry reads back in.
 */
class AnnualFactsImportTest extends RegistryImportTestBase {

  private static final String PAGE = "/office/societies/import";

  @Autowired ChangeRecords changeRecords;
  @Autowired FraudBanList bans;

  private final int y = year();

  private List<Object> good(Object... rest) {
    List<Object> row = new ArrayList<>(List.of(TEST_CREDIT, TEST_NAME));
    row.addAll(java.util.Arrays.asList(rest));
    return row;
  }

  /** The good rows of every sheet; {@code bad} adds rows with one problem each. */
  private byte[] workbook(boolean bad) {
    List<List<Object>> inspections = new ArrayList<>(List.of(good(y - 1, "合格")));
    List<List<Object>> reports = new ArrayList<>(List.of(
        good(y - 1, LocalDate.of(y, 1, 10), (y) + "/1/15")));
    List<List<Object>> violations = new ArrayList<>(List.of(
        good("通报批评", "武汉市民政局", "未按期报送年度工作报告", (y - 1) + "年6月1日")));
    List<List<Object>> projects = new ArrayList<>(List.of(
        good("科普讲座进社区", "武汉市科学技术协会", (y - 1) + "-12-31", (y - 1) + "-12-20")));
    List<List<Object>> banRows = new ArrayList<>(List.of(
        good("武汉市民政局", "武民社〔" + (y - 1) + "〕12号", "虚报业绩", (y - 1) + "-07-01", 3, null)));
    if (bad) {
      inspections.add(List.of(UNKNOWN_CREDIT, TEST_NAME, y - 1, "合格"));
      inspections.add(List.of("51420100MJ888000", TEST_NAME, y - 1, "合格"));
      inspections.add(List.of(TEST_CREDIT, "武汉市别的学会", y - 2, "合格"));
      inspections.add(good(y - 1, "合格"));
      inspections.add(good(y - 3, "不合格"));
      inspections.add(good(1900, "合格"));
      inspections.add(good(y - 4, "良好"));
      inspections.add(good(null, "合格"));
      reports.add(good(y - 2, (y + 4) + "年3月1日", null));
      reports.add(good(y - 3, "1948-05-01", null));
      violations.add(good("警告", "武汉市民政局", "情况", (y - 1) + "-06-02"));
      banRows.add(good("武汉市民政局", "武民社〔" + (y - 1) + "〕13号", "虚报业绩", (y - 1) + "-07-01", 3,
          LocalDate.of(y, 1, 1)));
    }
    return new TestWorkbook()
        .sheet("年检结果", FactSheet.INSPECTION.headers(), inspections)
        .sheet("工作报告", FactSheet.WORK_REPORT.headers(), reports)
        .sheet("违纪违法与通报批评", FactSheet.VIOLATION.headers(), violations)
        .sheet("委托项目", FactSheet.COMMISSIONED_PROJECT.headers(), projects)
        .sheet("失信惩戒", FactSheet.FRAUD_BAN.headers(), banRows)
        .bytes();
  }

  @Test
  @DisplayName("Every bad row is named with its problem in Chinese, the commit is refused and nothing is stored")
  void badRowsAreNamedAndNothingLands() {
    registry.recordInspection(TEST_SOCIETY, y - 3, true);
    WebappSession office = office(port);

    Uploaded preview = upload(office, PAGE, PAGE, workbook(true));

    assertThat(row(preview, "年检结果", 2)).contains("待导入");
    assertThat(row(preview, "年检结果", 3)).contains("未知学会：信用代码 " + UNKNOWN_CREDIT + " 不在学会登记中");
    assertThat(row(preview, "年检结果", 4)).contains("统一社会信用代码应为18位，现为16位");
    assertThat(row(preview, "年检结果", 5)).contains("学会名称“武汉市别的学会”与信用代码对应的学会“" + TEST_NAME + "”不符");
    assertThat(row(preview, "年检结果", 6)).contains("与本表第2行重复");
    assertThat(row(preview, "年检结果", 7))
        .contains("与已有记录冲突：登记中已有" + (y - 3) + "年度年检结果“合格”，本行为“不合格”");
    assertThat(row(preview, "年检结果", 8)).contains("年度 1900 超出合理范围（1949年至" + y + "年）");
    assertThat(row(preview, "年检结果", 9)).contains("结果“良好”不是可接受的值（合格、不合格）");
    assertThat(row(preview, "年检结果", 10)).contains("请填写“年度”");
    assertThat(row(preview, "工作报告", 2)).contains("待导入");
    assertThat(row(preview, "工作报告", 3)).contains("年度总结报送日期" + (y + 4) + "年3月1日晚于今天", "不能是将来的日期");
    assertThat(row(preview, "工作报告", 4)).contains("年度总结报送日期1948年5月1日早于1949年");
    assertThat(row(preview, "违纪违法与通报批评", 3)).contains("类别“警告”不是可接受的值（违纪违法、通报批评、处罚）");
    assertThat(row(preview, "失信惩戒", 3)).contains("截止日期" + y + "年1月1日与期限3年不一致");
    assertThat(preview.text()).contains("有问题 <strong id=\"problem-rows\">12</strong> 行")
        .doesNotContain("确认导入</button>");

    Response refused = commit(office, preview, "年度情况导入");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text()).contains("未导入任何数据");
    assertThat(facts("society_annual_inspection")).isEqualTo(1);
    assertThat(facts("society_work_report") + facts("society_violation") + facts("society_commissioned_project")
        + facts("society_fraud_ban")).isZero();
    assertThat(changeRecords.of(ChangeSubject.SOCIETY_FACT, TEST_SOCIETY)).isEmpty();
  }

  @Test
  @DisplayName("The fixed file commits every row in one transaction, with a change record each; a reason is required")
  void fixedFileCommits() {
    WebappSession office = office(port);
    Uploaded preview = upload(office, PAGE, PAGE, workbook(false));
    assertThat(preview.text()).contains("待导入 <strong id=\"to-write\">5</strong> 行", "确认导入</button>");

    Response noReason = commit(office, preview, "  ");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.text()).contains("请填写导入原因");
    assertThat(facts("society_annual_inspection")).isZero();

    Response done = commit(office, preview, "依据市民政局" + (y - 1) + "年度年检结果通知");
    assertThat(done.status()).isEqualTo(302);
    assertThat(office.follow(done).text()).contains("已导入 5 行");

    SocietyRecord record = registry.loadRecord(TEST_SOCIETY).orElseThrow();
    assertThat(record.inspections()).containsExactly(new AnnualInspection(y - 1, true));
    assertThat(record.workReports()).containsExactly(
        new WorkReport(y - 1, LocalDate.of(y, 1, 10), LocalDate.of(y, 1, 15)));
    assertThat(record.violations()).containsExactly(new Violation(ViolationKind.PUBLIC_CRITICISM, "武汉市民政局",
        "未按期报送年度工作报告", LocalDate.of(y - 1, 6, 1)));
    assertThat(record.commissionedProjects()).containsExactly(new CommissionedProject("科普讲座进社区", "武汉市科学技术协会",
        LocalDate.of(y - 1, 12, 31), LocalDate.of(y - 1, 12, 20)));
    assertThat(bans.all()).filteredOn(b -> b.societyCode().equals(TEST_SOCIETY))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").containsExactly(new CreditBan(
        TEST_SOCIETY, TEST_NAME, TEST_CREDIT, "武汉市民政局", "武民社〔" + (y - 1) + "〕12号", "虚报业绩",
        LocalDate.of(y - 1, 7, 1), LocalDate.of(y + 2, 6, 30), CreditBan.Source.IMPORTED));

    List<ChangeRecord> facts = changeRecords.of(ChangeSubject.SOCIETY_FACT, TEST_SOCIETY);
    assertThat(facts).extracting(ChangeRecord::field).containsExactlyInAnyOrder((y - 1) + "年度年检结果",
        (y - 1) + "年度工作总结报送日期", (y - 1) + "年度工作计划报送日期", "通报批评", "委托项目");
    assertThat(facts).allSatisfy(c -> {
      assertThat(c.changedBy()).isEqualTo(OFFICE);
      assertThat(c.reason()).startsWith("依据市民政局" + (y - 1) + "年度年检结果通知");
    });
    assertThat(changeRecords.of(ChangeSubject.FRAUD_BAN, TEST_SOCIETY)).extracting(ChangeRecord::field)
        .contains("决定机关", "决定文号", "起始日期", "截止日期");

    Uploaded again = upload(office, PAGE, PAGE, workbook(false));
    assertThat(again.text()).contains("待导入 <strong id=\"to-write\">0</strong> 行", "登记中已有，不重复导入")
        .doesNotContain("确认导入</button>");
  }

  @Test
  @DisplayName("A fact recorded between preview and commit refuses the whole file: an import never half-lands")
  void neverHalfLands() {
    WebappSession office = office(port);
    Uploaded preview = upload(office, PAGE, PAGE, workbook(false));
    registry.recordInspection(TEST_SOCIETY, y - 1, false);

    Response refused = commit(office, preview, "年度情况导入");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text()).contains("与已有记录冲突：登记中已有" + (y - 1) + "年度年检结果“不合格”，本行为“合格”");
    assertThat(facts("society_work_report") + facts("society_violation") + facts("society_commissioned_project")
        + facts("society_fraud_ban")).isZero();
    assertThat(changeRecords.of(ChangeSubject.SOCIETY_FACT, TEST_SOCIETY)).isEmpty();
  }

  @Test
  @DisplayName("The template has a sheet per kind of fact with Chinese headers and a 说明 sheet; the export has the same sheets and reads back in")
  void templateAndExport() {
    WebappSession office = office(port);
    Response template = office.get(PAGE + "/template.xlsx");
    assertThat(template.status()).isEqualTo(200);
    assertThat(TestWorkbook.sheetNames(template.body()))
        .containsExactly("说明", "学会", "年检结果", "工作报告", "违纪违法与通报批评", "委托项目", "失信惩戒");
    assertThat(TestWorkbook.rowsOf(template.body(), "年检结果")).containsExactly(List.of("信用代码", "学会名称", "年度", "结果"));
    assertThat(TestWorkbook.rowsOf(template.body(), "说明")).anySatisfy(r -> assertThat(r).contains("结果", "合格 或 不合格"));

    commit(office, upload(office, PAGE, PAGE, workbook(false)), "首次导入");
    Response export = WebappSession.login(port, "auditor1", "demo", "cockpit").get("/office/societies/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.header("Content-Disposition")).get().asString().startsWith("attachment;");
    assertThat(TestWorkbook.sheetNames(export.body())).isEqualTo(TestWorkbook.sheetNames(template.body()));
    assertThat(TestWorkbook.rowsOf(export.body(), "年检结果")).contains(List.of(TEST_CREDIT, TEST_NAME, String.valueOf(y - 1), "合格"));

    Uploaded reimported = upload(office, PAGE, PAGE, export.body());
    assertThat(row(reimported, "年检结果", rowNumberOf(export.body(), "年检结果"))).contains("登记中已有，不重复导入");
    assertThat(reimported.text()).contains("待导入 <strong id=\"to-write\">0</strong> 行",
        "有问题 <strong id=\"problem-rows\">0</strong> 行");
  }

  private int rowNumberOf(byte[] xlsx, String sheet) {
    List<List<String>> rows = TestWorkbook.rowsOf(xlsx, sheet);
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).get(0).equals(TEST_CREDIT)) {
        return r + 1;
      }
    }
    throw new AssertionError("the test society is not in " + sheet);
  }
}
