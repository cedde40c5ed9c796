package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.CreditCode;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ProcessTestBase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Annual facts by spreadsheet in headless Chromium: the office uploads a filled template with a
 * bad row, reads the row's problem in Chinese on the preview, and commits the fixed file with a
 * reason.
 */
@Tag("browser")
class AnnualFactsImportInBrowserTest extends ProcessTestBase {

  private static final String CODE = "IMPWEB";
  private static final String NAME = "武汉市浏览器导入测试学会";
  private static final String CREDIT = "51420100MJ8880002" + CreditCode.checkCharacter("51420100MJ8880002");

  @Autowired SocietyRegistry registry;
  private HeadlessChromium office;

  @BeforeEach
  void society() {
    removeSociety();
    registry.save(new Society(CODE, NAME, "impweb@societies.example.cn", false, true, null, null,
        SecretaryGeneralTenure.NONE, 0, true, true, 0));
    registry.assignCreditCode(CODE, CREDIT);
  }

  @AfterEach
  void removeSociety() {
    if (office != null) {
      office.close();
    }
    jdbc.update("DELETE FROM society_annual_inspection WHERE society_code = ?", CODE);
    jdbc.update("DELETE FROM society WHERE code = ?", CODE);
  }

  private Path file(String name, List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("年检结果");
      List<String> headers = List.of("信用代码", "学会名称", "年度", "结果");
      Row top = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        top.createCell(c).setCellValue(headers.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      book.write(out);
      Path path = Files.createTempDirectory("import").resolve(name);
      Files.write(path, out.toByteArray());
      return path;
    }
  }

  private void upload(Path file) {
    office.browser().get("http://localhost:" + port + "/office/societies/import");
    office.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='file']")))
        .sendKeys(file.toAbsolutePath().toString());
    office.browser().findElement(By.cssSelector("form.upload button[type='submit']")).click();
    office.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
  }

  @Test
  @DisplayName("The preview shows a bad row's problem in Chinese; the fixed file commits with a reason")
  void uploadPreviewCommit() throws IOException {
    int y = year();
    office = new HeadlessChromium("annual-facts-import");
    office.signInToTasklist(port, "office1", "demo");

    upload(file("年检结果-有误.xlsx", List.of(List.of(CREDIT, NAME, y - 1, "合格"), List.of(CREDIT, NAME, y - 2, "良好"))));
    String bad = office.browser().findElement(By.cssSelector("tr[data-row='3']")).getText();
    assertThat(bad).contains("有问题", "结果“良好”不是可接受的值（合格、不合格）");
    assertThat(office.browser().findElements(By.id("reason"))).isEmpty();
    office.screenshot("preview-with-problem");

    upload(file("年检结果.xlsx", List.of(List.of(CREDIT, NAME, y - 1, "合格"), List.of(CREDIT, NAME, y - 2, "不合格"))));
    assertThat(office.browser().findElement(By.id("to-write")).getText()).isEqualTo("2");
    office.browser().findElement(By.id("reason")).sendKeys("市民政局年检结果通知");
    office.screenshot("preview-ready");
    office.browser().findElement(By.cssSelector("#commit button[type='submit']")).click();
    office.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已导入 2 行"));
    office.screenshot("committed");
    assertThat(registry.loadRecord(CODE).orElseThrow().inspections()).hasSize(2);

    office.browser().get("http://localhost:" + port + "/office/credit");
    office.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bans")));
    assertThat(office.browser().findElement(By.id("bans")).getText()).contains("决定机关", "来源", "市科协撤销资格");
    assertThat(office.browser().findElement(By.id("import")).getText()).contains("导入外部失信惩戒名单");
    office.screenshot("credit-list");
  }
}
