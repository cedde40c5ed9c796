package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.IntakeTestBase;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An auditor in Cockpit, in Chinese (Debian's headless Chromium): the plugin 审计追溯 finds a finished
 * application and opens its history. Screenshots go to target/screenshots/audit-*.png.
 */
@Tag("browser")
class AuditInBrowserTest extends IntakeTestBase {

  private HeadlessChromium chromium;

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName("auditor1 finds a finished application in Cockpit's 审计追溯 and opens its history")
  void auditorOpensAFinishedApplication() {
    openRound();
    uploadBoardResolution("WHQC");
    ProcessInstance refused = apply("WHQC");
    executeDueJobs();
    deliveredMail();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(refused.getId()).finished().count())
        .isOne();

    chromium = new HeadlessChromium("audit");
    WebDriver browser = chromium.browser();
    WebDriverWait wait = chromium.waiting();
    chromium.signIn(port, "cockpit", "auditor1", "demo");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("audit-navigation")));
    // Cockpit in Chinese: its own menu from the project's zh.json, no English label left in it.
    String menu = browser.findElement(By.xpath("//a[@id='audit-navigation']/ancestor::ul[1]")).getText();
    assertThat(menu).contains("流程", "决策", "人工任务", "审计追溯").doesNotContain("Processes", "Decisions", "Human Tasks");
    browser.findElement(By.id("audit-navigation")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-search")));
    new Select(browser.findElement(By.id("audit-process"))).selectByValue("application");
    new Select(browser.findElement(By.id("audit-state"))).selectByValue("finished");
    browser.findElement(By.id("audit-year")).sendKeys(String.valueOf(year()));
    chromium.screenshot("search");
    browser.findElement(By.id("audit-search")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.audit-open[data-instance='" + refused.getId() + "']")))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-trail-title"), "APP-" + year() + "-WHQC"));
    chromium.screenshot("history");
    // textContent: Cockpit's view clips what lies below the fold, which getText() would leave out.
    String trail = browser.findElement(By.id("audit-trail")).getDomProperty("textContent");
    assertThat(trail).contains("学会提交申报", "不予受理", "R-ELIG-1", "决定与理由", "邮件", "【不予受理");

    // the print version, as the auditor files it: Chinese names, values and operations
    browser.get("http://localhost:" + port + "/audit/instances/" + refused.getId() + "/print");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "APP-" + year() + "-WHQC"));
    chromium.screenshot("print");
    String print = browser.findElement(By.tagName("body")).getText();
    assertThat(print).contains("启动流程", "研究同意的机构", "理事会", "资格审核通过", "依据实施方案三（一）第1项")
        .doesNotContain("Create", "BOARD", "null", "UTC");
  }

  @Test
  @DisplayName("A long trail scrolls in Cockpit: by the mouse wheel and by the End key, down to its last row")
  void aLongTrailScrollsToItsLastRow() {
    ProcessInstance round = openRound(); // the call to every affiliated society makes a long trail
    chromium = new HeadlessChromium("audit-scroll");
    WebDriver browser = chromium.browser();
    WebDriverWait wait = chromium.waiting();
    chromium.signIn(port, "cockpit", "auditor1", "demo");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("audit-navigation"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-search")));
    new Select(browser.findElement(By.id("audit-process"))).selectByValue("round");
    browser.findElement(By.id("audit-search")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.audit-open[data-instance='" + round.getId() + "']")))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-trail-title"), "ROUND-" + year()));
    chromium.screenshot("long-trail-top");
    List<WebElement> rows = browser.findElements(By.cssSelector("#audit-trail tbody tr"));
    assertThat(rows.size()).as("a trail longer than the window").isGreaterThan(30);
    WebElement lastRow = rows.get(rows.size() - 1);
    assertThat(inView(browser, lastRow)).as("the last row starts out of sight").isFalse();

    // the mouse wheel, over the trail
    new Actions(browser).scrollFromOrigin(org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(
        browser.findElement(By.id("audit-trail-title"))), 0, 400).perform();
    wait.until(b -> scrolled(b) > 0);
    chromium.screenshot("long-trail-wheel");

    // the End key, as a reader presses it after a click in the page
    browser.findElement(By.id("audit-trail-title")).click();
    new Actions(browser).sendKeys(Keys.END).perform();
    wait.until(b -> inView(b, lastRow));
    chromium.screenshot("long-trail-end");
    assertThat(inView(browser, lastRow)).isTrue();
  }

  private static boolean inView(WebDriver browser, WebElement element) {
    return (Boolean) ((JavascriptExecutor) browser).executeScript(
        "const r = arguments[0].getBoundingClientRect();"
            + "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", element);
  }

  /** How far the trail has moved up from where it was shown first: by the page or by any container. */
  private static long scrolled(WebDriver browser) {
    Number top = (Number) ((JavascriptExecutor) browser).executeScript(
        "return -document.getElementById('audit-trail-title').getBoundingClientRect().top;");
    return top.longValue();
  }
}
