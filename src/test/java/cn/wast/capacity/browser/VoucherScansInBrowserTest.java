package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentInfo;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * R-FUND-2 in headless Chromium: the society uploads a voucher's scan on the upload page with its
 * voucher number and sees it listed under that number; its report form says so beside the ledger;
 * the office's 中期检查审核 form lists every ledger line, however many, with a link to its scan.
 */
@Tag("browser")
class VoucherScansInBrowserTest extends CheckTestBase {

  /** Lines of the submitted ledger: more than fit in 4,000 characters. */
  private static final int LEDGER_LINES = 50;

  private HeadlessChromium society;
  private HeadlessChromium office;

  @AfterEach
  void stopBrowsers() {
    if (society != null) {
      society.close();
    }
    if (office != null) {
      office.close();
    }
  }

  private Map<String, Object> ledgerLine(String voucher) {
    return expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, voucher);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  @DisplayName("R-FUND-2: a scan uploaded with its voucher number is listed under it and opens from the office's review form")
  void scanUploadedAndOpenedFromTheReview() throws IOException {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    String user = DemoUsers.userOf(SOCIETY);
    society = new HeadlessChromium("voucher-scans");
    society.signInToTasklist(port, user, "demo");
    Task report = societyTask();
    society.browser().get(url("/camunda/app/tasklist/default/#/?task=" + report.getId()));
    society.waitForSettledForm();
    society.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"),
        "凭证扫描件："));
    WebElement notice = society.browser().findElement(
        By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(., '凭证扫描件：')]"));
    ((org.openqa.selenium.JavascriptExecutor) society.browser()).executeScript("arguments[0].scrollIntoView()", notice);
    assertThat(notice.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("/documents");
    society.screenshot("report-form-scan-notice");

    Path file = Files.createTempFile("会场租赁发票", ".pdf");
    Files.write(file, PDF);
    society.browser().get(url("/documents"));
    WebElement voucher = society.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("form.scan input[name='voucher']")));
    voucher.sendKeys("记－００１");
    society.browser().findElement(By.cssSelector("form.scan input[type='file']")).sendKeys(file.toAbsolutePath().toString());
    society.screenshot("upload-page-voucher-field");
    society.browser().findElement(By.cssSelector("form.scan button[type='submit']")).click();
    society.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".vouchers"),
        file.getFileName().toString()));
    assertThat(society.browser().findElement(By.cssSelector(".vouchers th.voucher-number")).getText())
        .contains("记-001");
    society.screenshot("upload-page-scan-listed");

    uploadScans("记-002");
    List<Map<String, Object>> ledgerLines = new ArrayList<>(List.of(ledgerLine("记-001"),
        expense(filedOn.plusDays(20), "C2", "POPULAR_SCIENCE", "合理用药科普展板制作", 8000, "记-002")));
    // A year's ledger runs past the 4,000 characters of a string variable's column.
    for (int i = 3; i <= LEDGER_LINES; i++) {
      String number = String.format("记-%03d", i);
      uploadScans(number);
      ledgerLines.add(expense(filedOn.plusDays(30), "C1", "MEETING", "学术年会分会场第" + i + "场会务", 500, number));
    }
    claimAndComplete(user, report, materials(ledgerLines));
    List<DocumentInfo> scans = documents.listForApplication(applicationKey(SOCIETY)).stream()
        .filter(d -> d.kind() == DocumentKind.VOUCHER_SCAN).toList();

    Task review = officeTask(implementation, "ReviewMidTerm");
    as(OFFICE, () -> taskService.claim(review.getId(), OFFICE));
    office = new HeadlessChromium("voucher-scans-office");
    office.signInToTasklist(port, OFFICE, "demo");
    office.browser().get(url("/camunda/app/tasklist/default/#/?task=" + review.getId()));
    office.waitForSettledForm();
    WebElement link = office.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//*[contains(@class,'fjs-container')]//a[contains(., '会场租赁发票')]")));
    assertThat(link.getDomAttribute("href")).isEqualTo("/documents/" + scans.get(0).id());
    WebElement ledger = link.findElement(By.xpath("ancestor::li"));
    assertThat(ledger.getText()).contains("药学学术年会会场租赁", "90,000.00 元", "凭证号 记-001");
    assertThat(office.browser().findElement(By.xpath("//*[contains(@class,'fjs-container')]//a[contains(., '凭证记-002')]"))
        .getDomAttribute("href")).isEqualTo("/documents/" + scans.get(1).id());
    ((org.openqa.selenium.JavascriptExecutor) office.browser()).executeScript("arguments[0].scrollIntoView()", ledger);
    office.screenshot("review-ledger-with-scans");
    String lastNumber = String.format("记-%03d", LEDGER_LINES);
    WebElement last = office.browser().findElement(
        By.xpath("//*[contains(@class,'fjs-container')]//a[contains(., '凭证" + lastNumber + "')]"));
    assertThat(last.getDomAttribute("href")).isEqualTo("/documents/" + scans.get(LEDGER_LINES - 1).id());
    assertThat(last.findElement(By.xpath("ancestor::li")).getText())
        .contains("学术年会分会场第" + LEDGER_LINES + "场会务", "凭证号 " + lastNumber);
    ((org.openqa.selenium.JavascriptExecutor) office.browser()).executeScript("arguments[0].scrollIntoView()", last);
    office.screenshot("review-ledger-last-line");
  }
}
