package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import java.io.IOException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Forms that know what the system knows, in Tasklist in a real browser: the application form
 * opens with the year and the contact filled in and says at its top that the board resolution is
 * missing, with a link to the upload page that leads back to the form; the fund plan shows the
 * award its lines must add up to and their running total. Screenshots go to target/screenshots/.
 */
@Tag("browser")
class PrefilledFormsInBrowserTest extends ReviewTestBase {

  private static final String SOCIETY = "WHDJ";
  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("prefill");
    browser = chromium.browser();
    wait = chromium.waiting();
  }

  @AfterEach
  void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName("R-APP-2: the application form says first that the resolution is missing, leads to the upload and back, and is filled in")
  void applicationFormKnowsTheSociety() throws IOException {
    openRound();
    chromium.signInToTasklist(port, DemoUsers.userOf(SOCIETY), "demo");
    browser.get(url("/camunda/app/tasklist/default/#/?processStart=application"));
    chromium.waitForSettledForm();
    WebElement status = statusText();
    assertThat(status.getText()).contains("武汉", "尚未上传理事会（常务理事会）决议文件");
    chromium.screenshot("apply-missing-resolution");
    assertThat(chromium.input("申报年度").getDomProperty("value")).isEqualTo(String.valueOf(year()));
    assertThat(chromium.input("联系邮箱").getDomProperty("value")).endsWith("@societies.example.cn");
    chromium.screenshot("apply-contact-filled");

    status.findElement(By.xpath(".//a[contains(., '上传决议文件')]")).click();
    wait.until(ExpectedConditions.urlContains("/documents"));
    chromium.uploadBoardResolution(port, PDF);
    chromium.click(By.id("back-to-application"));
    chromium.waitForSettledForm();
    assertThat(statusText().getText()).contains("已上传", "理事会决议").doesNotContain("尚未上传");
    assertThat(chromium.input("申报年度").getDomProperty("value")).isEqualTo(String.valueOf(year()));
    chromium.screenshot("apply-prefilled");
  }

  @Test
  @DisplayName("R-IMP-1: the fund plan states the award and adds up its lines as they are typed")
  void fundPlanShowsAwardAndRunningTotal() {
    ProcessInstance implementation = awardedImplementation(SOCIETY);
    String user = DemoUsers.userOf(SOCIETY);
    Task task = singleTask(user, implementation.getId());
    as(user, () -> taskService.claim(task.getId(), user));

    chromium.signInToTasklist(port, user, "demo");
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    chromium.waitForSettledForm();
    chromium.type("金额（元）", "120000");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "还差 80,000.00 元"));
    WebElement total = browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(., '预算合计')]"));
    assertThat(total.getText()).contains("预算合计：120,000.00 元", "200,000.00 元");
    chromium.screenshot("fund-plan-running-total");

    chromium.type("金额（元）", "1234567.5");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "超出 1,034,567.50 元"));
    assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText()).contains("预算合计：1,234,567.50 元");

    chromium.type("金额（元）", "200000");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "合计与奖励补助相等"));
    chromium.screenshot("fund-plan-adds-up");
  }

  private WebElement statusText() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(., '申报学会')]")));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
