package cn.wast.capacity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.funds.Payments.Payment;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office's reports of a known round: WHYX awarded (quota one) against WHSX, its plan filed
 * (C1 150,000, C2 50,000), its mid-term check passed with a ledger of C1 90,000 and C2 8,000.
 * Every sheet is read back cell by cell; only the office and the auditors may download.
 */
class ReportsTest extends CheckTestBase {

  @Autowired ProgrammeClock clock;

  @BeforeEach
  void passTheMidTermCheck() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001", "记-002");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"),
        expense(filedOn.plusDays(20), "C2", "POPULAR_SCIENCE", "合理用药科普展板制作", 8000, "记-002"))));
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewMidTerm"), Map.of("midTermDecision", "passed"));
  }

  private List<List<String>> sheet(byte[] workbook, String name) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheet(name);
      assertThat(sheet).as(name).isNotNull();
      DataFormatter format = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : format.formatCellValue(cell));
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  private byte[] download(String path) {
    Response response = WebappSession.login(port, OFFICE, "demo").get(path);
    assertThat(response.status()).as(path).isEqualTo(200);
    assertThat(response.header("Content-Type")).get().asString().contains("spreadsheetml");
    return response.body();
  }

  @Test
  @DisplayName("R-REV-3: the award list names the society, its rank, score, award, implementation state and what was paid")
  void awardList() throws IOException {
    Award award = awards.find(applicationKey(SOCIETY)).orElseThrow();
    List<List<String>> rows = sheet(download("/reports/" + year() + "/awards.xlsx"), "表彰名单");
    assertThat(rows).containsExactly(
        List.of("名次", "学会代码", "学会名称", "申报编号", "综合得分", "奖励补助（元）", "表彰时间", "实施状态", "已拨付（元）",
            "暂缓拨付（元）", "逾期情况"),
        List.of("1", SOCIETY, "武汉药学会", applicationKey(SOCIETY), "90.00", "200000.00", clock.format(award.commendedAt()),
            "中期检查通过，实施中", "160000.00", "0.00", "无"));
  }

  @Test
  @DisplayName("R-FUND-4, R-FUND-2: fund tracking sets the filed plan against the mid-term ledger by capacity, lists every"
      + " ledger line with its voucher scans, and the tranches paid")
  void fundTracking() throws IOException {
    byte[] workbook = download("/reports/" + year() + "/fund-tracking.xlsx");
    String key = applicationKey(SOCIETY);
    assertThat(sheet(workbook, "经费使用对照")).containsExactly(
        List.of("学会", "申报编号", "服务的能力", "计划金额（元）", "已支出（元）", "执行率（%）", "台账来源"),
        List.of("武汉药学会", key, "C1 服务创新能力", "150000.00", "90000.00", "60.00", "中期检查台账"),
        List.of("武汉药学会", key, "C2 服务社会和政府能力", "50000.00", "8000.00", "16.00", "中期检查台账"),
        List.of("武汉药学会", key, "C3 服务科技工作者能力", "0.00", "0.00", "", "中期检查台账"),
        List.of("武汉药学会", key, "C4 自我发展能力", "0.00", "0.00", "", "中期检查台账"),
        List.of("武汉药学会", key, "合计", "200000.00", "98000.00", "49.00", "中期检查台账"));
    List<Payment> paid = payments.findByApplication(key);
    assertThat(sheet(workbook, "拨付记录")).containsExactly(
        List.of("学会", "申报编号", "拨付批次", "金额（元）", "拨付时间"),
        List.of("武汉药学会", key, "经费使用管理方案备案后", "100000.00", clock.format(paid.get(0).paidAt())),
        List.of("武汉药学会", key, "中期检查通过后", "60000.00", clock.format(paid.get(1).paidAt())));
    List<cn.wast.capacity.documents.DocumentInfo> scans = documents.listForApplication(key).stream()
        .filter(d -> d.kind() == DocumentKind.VOUCHER_SCAN).toList();
    assertThat(sheet(workbook, "预算行执行")).containsExactly(
        List.of("学会", "申报编号", "预算行", "服务的能力", "支出科目", "用途", "预算金额（元）", "已支出（元）", "执行率（%）",
            "超出预算（元）", "台账来源"),
        List.of("武汉药学会", key, "1", "C1 服务创新能力", "会议费", "药学学术年会会务", "150000.00", "90000.00", "60.00", "",
            "中期检查台账"),
        List.of("武汉药学会", key, "2", "C2 服务社会和政府能力", "科普活动费", "合理用药科普进社区", "50000.00", "8000.00",
            "16.00", "", "中期检查台账"));
    assertThat(sheet(workbook, "支出明细")).containsExactly(
        List.of("学会", "申报编号", "台账来源", "行号", "预算行", "支出日期", "服务的能力", "支出科目", "用途", "金额（元）", "凭证号",
            "凭证扫描件", "链接"),
        List.of("武汉药学会", key, "中期检查台账", "1", "1", filedOn.plusDays(10).toString(), "C1 服务创新能力", "会议费",
            "药学学术年会会场租赁", "90000.00", "记-001", "凭证记-001.pdf", "/documents/" + scans.get(0).id()),
        List.of("武汉药学会", key, "中期检查台账", "2", "2", filedOn.plusDays(20).toString(), "C2 服务社会和政府能力", "科普活动费",
            "合理用药科普展板制作", "8000.00", "记-002", "凭证记-002.pdf", "/documents/" + scans.get(1).id()));
    assertThat(sheet(workbook, "经费追回")).containsExactly(
        List.of("学会", "申报编号", "事由", "应追回（元）", "已追回（元）", "尚欠（元）", "退款明细"));
    assertThat(sheet(workbook, "暂缓拨付")).containsExactly(
        List.of("学会", "申报编号", "拨付批次", "金额（元）", "原因", "暂缓时间", "现状"));
  }

  @Test
  @DisplayName("The round's statistics: applications by stage, objections, check outcomes")
  void statistics() throws IOException {
    assertThat(sheet(download("/reports/" + year() + "/statistics.xlsx"), "年度统计")).containsExactly(
        List.of("类别", "项目", "数量"),
        List.of("申报", "申报总数", "2"),
        List.of("申报", "已表彰", "1"),
        List.of("申报", "未入选", "1"),
        List.of("公示异议", "异议总数", "0"),
        List.of("中期检查", "通过", "1"));
  }

  @Test
  @DisplayName("The reports page lists each round's downloads, for the office and the auditors only")
  void onlyOfficeAndAuditors() {
    Response page = WebappSession.login(port, OFFICE, "demo").get("/reports");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("专项报表", "评选完成", "/reports/" + year() + "/fund-tracking.xlsx",
        "/review/ranking-sheet/" + year() + ".xlsx");
    assertThat(WebappSession.login(port, "auditor1", "demo", "cockpit").get("/reports/" + year() + "/awards.xlsx")
        .status()).isEqualTo(200);
    assertThat(WebappSession.login(port, DemoUsers.userOf(SOCIETY), "demo").get("/reports/" + year() + "/awards.xlsx")
        .status()).isEqualTo(403);
    assertThat(WebappSession.login(port, "expert1", "demo").get("/reports").status()).isEqualTo(403);
    assertThat(WebappSession.anonymous(port).get("/reports/" + year() + "/statistics.xlsx").status()).isEqualTo(401);
    assertThat(WebappSession.login(port, OFFICE, "demo").get("/reports/1999/awards.xlsx").status()).isEqualTo(404);
    assertThat(WebappSession.login(port, OFFICE, "demo").get("/navigation").text()).contains("专项报表", "/reports");
    assertThat(WebappSession.login(port, DemoUsers.userOf(SOCIETY), "demo").get("/navigation").text())
        .contains("/society").doesNotContain("/reports");
  }
}
