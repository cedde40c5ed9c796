package cn.wast.capacity.registryimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.audit.ChangeRecord;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.registry.RegistryTestSocieties;
import cn.wast.capacity.society.AnnualInspection;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
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
 * The 学会 sheet: unknown codes register societies (credit code checked and unique), known ones
 * whose values differ are dated changes from the import day, every bad row named in Chinese and
 * nothing stored; the facts sheets of the same file may name the societies it registers; the
 * export reads back in with nothing new.
 */
class SocietySheetImportTest extends RegistryImportTestBase {

  private static final String PAGE = "/office/societies/import";
  private static final String NEW1 = "ZXSOC1";
  private static final String NEW2 = "ZXSOC2";
  private static final String CREDIT1 = creditCode("51420100MJ8881001");
  private static final String CREDIT2 = creditCode("51420100MJ8881002");

  @Autowired ChangeRecords changeRecords;
  @Autowired ProgrammeClock clock;

  private final int y = year();

  @AfterEach
  void removeNewSocieties() {
    for (String code : List.of(NEW1, NEW2, "ZXSOC3", "ZXSOC4", "ZXSOC5", "ZXSOC6", "ZXSOC7", "ZXSOC9")) {
      RegistryTestSocieties.remove(jdbc, code);
    }
    jdbc.update("DELETE FROM change_record WHERE subject_key = ?", TEST_SOCIETY);
  }

  private static List<Object> society(String code, String credit, String name, String email, String tenure) {
    return new ArrayList<>(List.of(code, credit, name, "是", email, "李四", tenure, 5, 2, "是", "是", "是",
        LocalDate.of(2029, 6, 30)));
  }

  private byte[] file(List<List<Object>> societies, List<List<Object>> inspections) {
    return new TestWorkbook()
        .sheet("学会", FactSheet.SOCIETY.headers(), societies)
        .sheet("年检结果", FactSheet.INSPECTION.headers(), inspections)
        .bytes();
  }

  private List<List<Object>> goodSocieties() {
    return List.of(
        society(NEW1, CREDIT1, "武汉市新装测试一学会", "zxsoc1@societies.example.cn", "专职"),
        society(NEW2, CREDIT2, "武汉市新装测试二学会", "zxsoc2@societies.example.cn", "兼职"),
        List.of(TEST_SOCIETY, TEST_CREDIT, TEST_NAME + "（更名）", "否", "imptest@societies.example.cn", "", "无", 1, 0,
            "是", "是", "是"));
  }

  @Test
  @DisplayName("Bad society rows are named in Chinese, the commit is refused and no society is registered")
  void badRowsAreNamed() {
    WebappSession office = office(port);
    List<List<Object>> rows = new ArrayList<>(goodSocieties());
    rows.add(society("ZXSOC3", "51420100MJ888100", "坏信用代码学会", "zx3@societies.example.cn", "专职"));
    rows.add(society(NEW1, creditCode("51420100MJ8881004"), "重复代码学会", "zx4@societies.example.cn", "专职"));
    rows.add(society("ZXSOC4", CREDIT2, "重复信用代码学会", "zx4@societies.example.cn", "专职"));
    String otherCredit = creditCode("51420100MJ8881009");
    registry.save(new Society("ZXSOC9", "武汉市已登记测试学会", "zx9@societies.example.cn", false, true, null, null,
        SecretaryGeneralTenure.NONE, 0, true, true, 0));
    registry.assignCreditCode("ZXSOC9", otherCredit);
    rows.add(society("ZXSOC5", otherCredit, "他会信用代码学会", "zx5@societies.example.cn", "专职"));
    rows.add(society("ZXSOC6", creditCode("51420100MJ8881005"), "坏邮箱学会", "not-an-email", "专职"));
    rows.add(society("ZXSOC7", creditCode("51420100MJ8881006"), "坏任职学会", "zx6@societies.example.cn", "挂名"));
    rows.add(society("ZX-7", "", "无信用代码学会", "zx7@societies.example.cn", "专职"));

    Uploaded preview = upload(office, PAGE, PAGE, file(rows, List.of(List.of(CREDIT1, "武汉市新装测试一学会", y - 1, "合格"))));

    assertThat(row(preview, "学会", 2)).contains("新登记");
    assertThat(row(preview, "学会", 4)).contains("变更登记信息");
    assertThat(row(preview, "学会", 5)).contains("统一社会信用代码应为18位，现为16位");
    assertThat(row(preview, "学会", 6)).contains("学会代码“" + NEW1 + "”与本表第2行重复");
    assertThat(row(preview, "学会", 7)).contains("统一社会信用代码“" + CREDIT2 + "”与本表第3行重复");
    assertThat(row(preview, "学会", 8)).contains("该统一社会信用代码已登记为“武汉市已登记测试学会”（ZXSOC9）");
    assertThat(row(preview, "学会", 9)).contains("联系邮箱格式不正确");
    assertThat(row(preview, "学会", 10)).contains("秘书长任职“挂名”不是可接受的值（专职、兼职、无）");
    assertThat(row(preview, "学会", 11)).contains("学会代码为2至32位英文字母或数字", "新登记的学会请填写“统一社会信用代码”");
    assertThat(row(preview, "年检结果", 2)).as("a fact of a society the same file registers").contains("待导入");
    assertThat(preview.text()).contains("有问题 <strong id=\"problem-rows\">7</strong> 行");

    Response refused = commit(office, preview, "新装导入");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(registry.findByCode(NEW1)).isEmpty();
    assertThat(registry.findByCreditCode(CREDIT2)).isEmpty();
    assertThat(registry.findByCode(TEST_SOCIETY).orElseThrow().name()).isEqualTo(TEST_NAME);
    assertThat(changeRecords.of(ChangeSubject.SOCIETY, NEW1)).isEmpty();
    assertThat(changeRecords.of(ChangeSubject.SOCIETY, TEST_SOCIETY)).isEmpty();
  }

  @Test
  @DisplayName("The fixed file registers the new societies, changes the known one from today and records the facts of both, with change records")
  void fixedFileCommits() {
    WebappSession office = office(port);
    Uploaded preview = upload(office, PAGE, PAGE, file(goodSocieties(),
        List.of(List.of(CREDIT1, "武汉市新装测试一学会", y - 1, "合格"))));
    assertThat(preview.text()).contains("待导入 <strong id=\"to-write\">4</strong> 行", "确认导入</button>");
    assertThat(registry.findByCode(NEW1)).as("the preview stores nothing").isEmpty();

    Response done = commit(office, preview, "新装：导入学会名录");
    assertThat(done.status()).isEqualTo(302);
    assertThat(office.follow(done).text()).contains("已导入 4 行");

    Society first = registry.findByCode(NEW1).orElseThrow();
    assertThat(first).isEqualTo(new Society(NEW1, "武汉市新装测试一学会", "zxsoc1@societies.example.cn", true, true,
        LocalDate.of(2029, 6, 30), "李四", SecretaryGeneralTenure.FULL_TIME, 5, true, true, 2));
    assertThat(registry.creditCodeOf(NEW1)).contains(CREDIT1);
    assertThat(registry.findByCode(NEW2).orElseThrow().secretaryGeneralTenure()).isEqualTo(SecretaryGeneralTenure.PART_TIME);
    assertThat(registry.loadRecord(NEW1).orElseThrow().inspections()).containsExactly(new AnnualInspection(y - 1, true));
    assertThat(registry.findByCode(TEST_SOCIETY).orElseThrow().name()).isEqualTo(TEST_NAME + "（更名）");
    assertThat(registry.versionInForce(TEST_SOCIETY).orElseThrow().validFrom()).isEqualTo(today());

    assertThat(changeRecords.of(ChangeSubject.SOCIETY, NEW1)).isNotEmpty().allSatisfy(c -> {
      assertThat(c.changedBy()).isEqualTo(OFFICE);
      assertThat(c.reason()).contains("新装：导入学会名录");
    });
    assertThat(changeRecords.of(ChangeSubject.SOCIETY, TEST_SOCIETY)).extracting(ChangeRecord::field)
        .containsExactlyInAnyOrder("学会名称（" + today() + "起）", "工作人员人数（" + today() + "起）");
  }

  @Test
  @DisplayName("The export has a 学会 sheet with every society; read back in it shows nothing new and no problem")
  void exportReadsBackIn() {
    WebappSession office = office(port);
    commit(office, upload(office, PAGE, PAGE, file(goodSocieties(), List.of())), "新装：导入学会名录");

    Response export = office.get("/office/societies/export");
    List<List<String>> rows = TestWorkbook.rowsOf(export.body(), "学会");
    assertThat(rows.get(0)).isEqualTo(FactSheet.SOCIETY.headers());
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(NEW1, CREDIT1, "武汉市新装测试一学会", "是",
        "zxsoc1@societies.example.cn", "李四", "专职", "5", "2", "是", "是", "是"));
    assertThat(rows).hasSize((int) registry.count() + 1);

    Uploaded reimported = upload(office, PAGE, PAGE, export.body());
    assertThat(reimported.text()).contains("待导入 <strong id=\"to-write\">0</strong> 行",
        "有问题 <strong id=\"problem-rows\">0</strong> 行");
  }

  private LocalDate today() {
    return clock.today();
  }
}
