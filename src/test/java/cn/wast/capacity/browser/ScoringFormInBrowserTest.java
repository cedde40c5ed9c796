package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.review.AssignmentStatus;
import cn.wast.capacity.review.ReviewAssignments;
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
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An expert's 专家评分 form in Tasklist (headless Chromium) shows the society's Markdown and HTML
 * as the characters the society typed: no link, image or heading of theirs in the page; and
 * what Tasklist submits for that form is taken, into the expert's own seat.
 */
@Tag("browser")
class ScoringFormInBrowserTest extends ReviewTestBase {

  @Autowired ReviewAssignments assignments;

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

    // Camunda's "migrate to Camunda 8" banner is not for the programme's users.
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");

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

    // What Tasklist submits for the form passes the submission guard and lands in this expert's seat only.
    chromium.type("C1 服务创新能力", "81");
    chromium.type("C2 服务社会和政府能力", "82");
    chromium.type("C3 服务科技工作者能力", "83");
    chromium.type("C4 自我发展能力", "84");
    chromium.type("评语", "材料翔实，成效明显。");
    chromium.screenshot("scored");
    chromium.click(By.xpath("//button[contains(@class,'btn-primary') and (normalize-space(.)='Complete' or normalize-space(.)='完成')]"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    String key = applicationKey("WHJX");
    assertThat(assignments.findByApplication(key)).filteredOn(a -> a.status() == AssignmentStatus.SCORED)
        .singleElement().satisfies(a -> {
          assertThat(a.expertId()).isEqualTo(expert);
          assertThat(a.weightedTotal()).isEqualByComparingTo("82.35"); // 81×0.30 + 82×0.25 + 83×0.25 + 84×0.20
        });
    assertThat(scoringTasks(expert)).isEmpty();
  }

  private void screenshotFrom(String heading, String name) {
    WebElement top = browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-text')]//h3[contains(., '" + heading + "')]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start'})", top);
    chromium.screenshot(name);
  }
}
