package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office clerk opens 工作概览 from Tasklist's menu during the intake and sees the round's
 * applications by stage drawn as a chart (Chart.js, served by the system under the page's strict
 * policy), the deadlines and the way to each task. Screenshots: target/screenshots/office-*.png.
 */
@Tag("browser")
class OfficeOverviewInBrowserTest extends ReviewTestBase {

  /** The bars' colour (#1f4e79), which only a drawn chart puts on the canvas. */
  private static final String BAR_PIXELS = "const c = document.getElementById('stage-chart');"
      + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
      + " for (let i = 0; i < d.length; i += 4) { if (d[i] === 0x1f && d[i + 1] === 0x4e && d[i + 2] === 0x79) n++; }"
      + " return n;";

  private HeadlessChromium chromium;

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName("工作概览 from Tasklist's menu: the stages as a drawn chart, the deadlines, and a deadline's task opens in Tasklist")
  void overviewFromTheMenuWithItsChart() {
    openRound();
    List<String> applying = List.of("WHJX", "WHJSJ", "WHTJ", "WHDJ", "WHHX", DemoSocieties.FAILS_R_ELIG_1,
        DemoSocieties.FAILS_R_EXCL_1);
    applying.forEach(code -> {
      uploadBoardResolution(code);
      apply(code);
    });
    executeDueJobs();
    for (String code : List.of("WHJX", "WHJSJ")) {
      claimAndComplete(OFFICE, formalReview(code), Map.of("formalReviewDecision", "accepted"));
    }
    claimAndComplete(OFFICE, formalReview("WHTJ"), SampleForms.correction("请补充 C2 方面的证明材料。"));
    deliveredMail();

    chromium = new HeadlessChromium("office");
    WebDriver browser = chromium.browser();
    WebDriverWait wait = chromium.waiting();
    chromium.signInToTasklist(port, OFFICE, "demo");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("office-overview-link")));
    chromium.screenshot("tasklist-menu");
    // The menu's links stand in one row: stacked, they pushed the bar over the task list's filters.
    assertThat(browser.findElement(By.id("office-overview-link")).getLocation().getY())
        .isEqualTo(browser.findElement(By.id("login-log-link")).getLocation().getY());
    chromium.click(By.id("office-overview-link"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "工作概览"));
    wait.until(ExpectedConditions.attributeToBe(By.id("stage-chart"), "data-drawn", "true"));
    long barPixels = ((Number) ((JavascriptExecutor) browser).executeScript(BAR_PIXELS)).longValue();
    chromium.screenshot("overview");
    assertThat(barPixels).as("pixels of the chart's bars").isGreaterThan(500);
    assertThat(browser.findElement(By.id("stages")).getText())
        .contains(year() + " 年度", "评选进展：申报中", "共收到申报 7 份", "形式审查", "需补正", "已受理，待专家评审", "不予受理");
    String deadlines = browser.findElement(By.id("deadlines")).getText();
    assertThat(deadlines).contains("申报截止", "形式审查截止", "（当天24时截止）", "补正", "打开任务");

    Task correction = as(OFFICE, () -> taskService.createTaskQuery().processInstanceBusinessKey(applicationKey("WHTJ"))
        .taskDefinitionKey("CorrectApplication").singleResult());
    chromium.click(By.cssSelector("#deadlines a[href$='task=" + correction.getId() + "']"));
    wait.until(ExpectedConditions.urlContains("task=" + correction.getId()));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details, [cam-tasklist-task]")));
    chromium.screenshot("task-from-overview");
  }

  private Task formalReview(String code) {
    return as(OFFICE, () -> taskService.createTaskQuery().processInstanceBusinessKey(applicationKey(code))
        .taskDefinitionKey("FormalReview").singleResult());
  }
}
