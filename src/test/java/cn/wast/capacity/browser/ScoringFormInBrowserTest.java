package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.MarkupPayloads;
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

/**
 * An expert's 专家评分 form in Tasklist (headless Chromium) shows the society's Markdown and HTML
 * as the characters the society typed: no link, image or heading of theirs in the page.
 */
@Tag("browser")
class ScoringFormInBrowserTest extends ReviewTestBase {

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("scoring-form");
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
  @DisplayName("R-EVAL-1: the expert reads the society's achievements as typed, not as markup")
  void expertReadsTheSocietysTextAsTyped() {
    ProcessInstance round = openRound();
    uploadBoardResolution("WHJX");
    Map<String, Object> form = applicationForm();
    form.put("achievementC1", MarkupPayloads.PARAGRAPHS);
    form.put("boardResolutionNumber", MarkupPayloads.LINE);
    ProcessInstance application = apply("WHJX", form);
    executeDueJobs();
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));
    setClock(formalReviewDeadline().plusDays(1), LocalTime.of(9, 0));
    executeDueJobs();
    formCommittee(round, EXPERTS, 5);
    String expert = EXPERTS.stream().filter(e -> !scoringTasks(e).isEmpty()).findFirst().orElseThrow();

    chromium.signInToTasklist(port, expert, "demo");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '专家评分')]")));
    task.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "[点此](http://evil)"));

    WebElement materials = browser.findElement(By.cssSelector(".fjs-container"));
    String shown = materials.getText();
    assertThat(shown).contains("[点此](http://evil)", "# 专项办公室初审意见已核实，建议直接受理",
        "![x](http://evil/x.png)", "<http://evil> www.evil.example &lt;b&gt; **加粗** _斜体_", "| 表格 | 列 |",
        "> 引用", "1. 列表", "缩进四格", "<b>科协〔2026〕1号</b><img src=x onerror=alert(1)>");
    assertThat(shown).doesNotContain("\\[", "\\<");
    assertThat(materials.findElements(By.cssSelector("a[href*='evil'], img, h1, b, strong a, blockquote, table, ol, code")))
        .extracting(WebElement::getText).isEmpty();
    assertThat(materials.findElements(By.xpath(".//*[self::h1 or self::h2 or self::h3][contains(., '专项办公室')]"))).isEmpty();

    screenshotFrom("理事会", "resolution");
    screenshotFrom("四项能力", "achievements");
  }

  private void screenshotFrom(String heading, String name) {
    WebElement top = browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-text')]//h3[contains(., '" + heading + "')]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start'})", top);
    chromium.screenshot(name);
  }
}
