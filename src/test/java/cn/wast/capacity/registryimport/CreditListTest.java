package cn.wast.capacity.registryimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The credit list (/office/credit): bans decided elsewhere are imported by credit code through
 * the same preview and commit, listed and exported with their source, and R-EXCL-4 reads them.
 */
class CreditListTest extends RegistryImportTestBase {

  private static final String PAGE = "/office/credit";
  private static final String ACTION = "/office/credit/import";
  /** A society that passes every rule (it is accepted in the society page's test). */
  private static final String ELIGIBLE = "WHDJ";

  @Autowired Applications applications;

  private final int y = year();

  private byte[] nationalListEntry(Society society, String credit) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(List.of(credit, society.name(), "民政部", "民社信〔" + (y - 1) + "〕8号",
        "年度报告弄虚作假", LocalDate.of(y - 1, 9, 1), 3)));
    return new TestWorkbook().sheet("失信惩戒", FactSheet.FRAUD_BAN.headers(), rows).bytes();
  }

  @Test
  @DisplayName("R-EXCL-4: a ban imported from a national list by credit code is listed with its source, exported, and refuses the society's application")
  void importedBanRefusesApplication() {
    Society society = registry.findByCode(ELIGIBLE).orElseThrow();
    String credit = registry.creditCodeOf(ELIGIBLE).orElseThrow();
    WebappSession office = office(port);

    Uploaded preview = upload(office, PAGE, ACTION, nationalListEntry(society, credit));
    assertThat(row(preview, "失信惩戒", 2)).contains("待导入");
    Response done = commit(office, preview, "全国社会组织信用信息公示平台失信名单");
    assertThat(done.status()).isEqualTo(302);
    String page = office.follow(done).text();
    assertThat(page).contains("已导入 1 行", society.name(), "民政部", "民社信〔" + (y - 1) + "〕8号", "年度报告弄虚作假",
        (y - 1) + "年9月1日至" + (y + 2) + "年8月31日", "外部名单导入", "惩戒期内");

    Response export = WebappSession.login(port, "auditor1", "demo", "cockpit").get("/office/credit/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(TestWorkbook.rowsOf(export.body(), "失信惩戒").get(0)).endsWith("截止日期", "来源");
    assertThat(TestWorkbook.rowsOf(export.body(), "失信惩戒")).anySatisfy(r -> assertThat(r).containsExactly(
        credit, society.name(), "民政部", "民社信〔" + (y - 1) + "〕8号", "年度报告弄虚作假", (y - 1) + "-09-01", "",
        (y + 2) + "-08-31", "外部名单导入"));

    openRound();
    uploadBoardResolution(ELIGIBLE);
    ProcessInstance application = apply(ELIGIBLE);
    executeDueJobs();

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(application.getId())
        .variableName("failedRules").singleResult().getValue()).isEqualTo("R-EXCL-4");
    assertThat(applications.find(year(), ELIGIBLE).orElseThrow().status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
    assertThat(applications.find(year(), ELIGIBLE).orElseThrow().statusReason()).contains("年度报告弄虚作假");
  }

  @Test
  @DisplayName("A file without the 失信惩戒 sheet is refused at the file field, and a ban of an unknown credit code in the preview")
  void wrongFiles() {
    WebappSession office = office(port);
    byte[] inspections = new TestWorkbook().sheet("年检结果", FactSheet.INSPECTION.headers(),
        List.of(List.of(TEST_CREDIT, TEST_NAME, y - 1, "合格"))).bytes();
    Uploaded refused = upload(office, PAGE, ACTION, inspections);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("文件中没有可导入的工作表，应有：失信惩戒");

    Uploaded notXlsx = upload(office, PAGE, ACTION, "信用代码,学会名称".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(notXlsx.status()).isEqualTo(400);
    assertThat(notXlsx.text()).contains("无法读取该文件：请上传用模板填写的 Excel 文件（.xlsx）");

    Society unknown = new Society("NONE", "武汉市不存在学会", null, false, false, null, null,
        cn.wast.capacity.society.SecretaryGeneralTenure.NONE, 0, false, false, 0);
    Uploaded preview = upload(office, PAGE, ACTION, nationalListEntry(unknown, UNKNOWN_CREDIT));
    assertThat(row(preview, "失信惩戒", 2)).contains("未知学会：信用代码 " + UNKNOWN_CREDIT + " 不在学会登记中");
    assertThat(commit(office, preview, "导入").status()).isEqualTo(409);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM society_fraud_ban WHERE source = 'IMPORTED'", Long.class))
        .isZero();
  }
}
