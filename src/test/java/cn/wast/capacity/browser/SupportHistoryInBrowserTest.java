package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.checks.Support;
import cn.wast.capacity.support.EarlierSupport;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import java.time.LocalTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * R-DYN-1 in Tasklist (headless Chromium): the office on 形式审查 and an expert on 专家评分 read
 * the society's terminated support of the year before, the office's reasons as typed (markup
 * shown as characters) and only for the office.
 */
@Tag("browser")
class SupportHistoryInBrowserTest extends ReviewTestBase {

  private static final String SOCIETY = "WHJX";
  private static final String REASONS = "主要指标未完成 <b>仅两场</b>，详见[说明](http://evil)";

  @Autowired ApplicationContext context;

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("support-history");
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
  @DisplayName("R-DYN-1: the office and the experts read the earlier terminated support in Tasklist, as text")
  void officeAndExpertReadTheHistory() {
    EarlierSupport.round(context, year() - 1).awarded(SOCIETY, 1, Support.TERMINATED, null, REASONS);
    ProcessInstance round = openRound();
    uploadBoardResolution(SOCIETY);
    ProcessInstance application = apply(SOCIETY);
    executeDueJobs();

    chromium.signInToTasklist(port, OFFICE, "demo");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    chromium.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '形式审查')]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "以往支持情况"));
    String office = section("以往支持情况");
    assertThat(office).contains("请注意", (year() - 1) + "年度（APP-" + (year() - 1) + "-" + SOCIETY + "）：奖励补助200,000.00 元",
        "终止支持", "理由：" + REASONS + "。").doesNotContain("\\");
    assertThat(browser.findElements(By.cssSelector(".fjs-container a[href*='evil'], .fjs-container b"))).isEmpty();
    scrollTo("以往支持情况");
    chromium.screenshot("formal-review");

    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));
    setClock(formalReviewDeadline().plusDays(1), LocalTime.of(9, 0));
    executeDueJobs();
    formCommittee(round, EXPERTS, 5);
    String expert = EXPERTS.stream().filter(e -> !scoringTasks(e).isEmpty()).findFirst().orElseThrow();

    chromium.close();
    chromium = new HeadlessChromium("support-history-expert");
    browser = chromium.browser();
    wait = chromium.waiting();
    chromium.signInToTasklist(port, expert, "demo");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    chromium.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '专家评分')]"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "以往支持情况"));
    String shown = section("以往支持情况");
    assertThat(shown).contains("终止支持", "已拨付").doesNotContain("理由", "仅两场", "请注意");
    scrollTo("以往支持情况");
    chromium.screenshot("scoring");
  }

  @Test
  @DisplayName("R-DYN-1: the society's own page shows its earlier support in a section of its own, the office's text as text")
  void societyPageShowsTheHistory() {
    EarlierSupport.round(context, year() - 1).awarded(SOCIETY, 1, Support.TERMINATED, null, REASONS);
    chromium.signInToTasklist(port, DemoUsers.userOf(SOCIETY), "demo");
    browser.get("http://localhost:" + port + "/society");
    WebElement history = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.support-history")));
    assertThat(history.getText()).contains("以往支持情况", "终止支持", "理由：" + REASONS + "。");
    assertThat(history.findElements(By.cssSelector("a, b"))).isEmpty();
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start'})", history);
    chromium.screenshot("society-page");
  }

  private String section(String heading) {
    return browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-text')][.//h3[contains(., '" + heading + "')]]"))
        .getText();
  }

  private void scrollTo(String heading) {
    WebElement top = browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-text')]//h3[contains(., '" + heading + "')]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start'})", top);
  }
}
