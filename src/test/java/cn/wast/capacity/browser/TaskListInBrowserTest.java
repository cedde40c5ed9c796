package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Task lists one works from, in Tasklist: the office's formal reviews by society with their due
 * date, in Chinese filters sorted by deadline; an expert's five scoring tasks, one per society; a
 * society's own task ready to type, without Tasklist's actions it never needs. Screenshots go to
 * target/screenshots/.
 */
@Tag("browser")
class TaskListInBrowserTest extends ReviewTestBase {

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("task-list");
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
  @DisplayName("R-REV-1: the office tells three formal reviews apart by society and due date, in Chinese filters sorted by deadline")
  void officeSeesFormalReviewsBySociety() {
    openRound();
    for (String code : List.of("WHJX", "WHJSJ", "WHTJ")) {
      uploadBoardResolution(code);
      apply(code);
    }
    executeDueJobs();
    String claimed = as(OFFICE, () -> taskService.createTaskQuery().taskNameLike("%武汉土木建筑学会").singleResult().getId());
    as(OFFICE, () -> taskService.claim(claimed, OFFICE));

    chromium.signInToTasklist(port, OFFICE, "demo");
    List<String> filters = texts(By.cssSelector(".task-filters .task-filter .name"), 9);
    assertThat(filters).extracting(TaskListInBrowserTest::withoutCount).containsExactly(
        "专项办公室待办", "我的待办", "待认领", "待形式审查", "异议待核查", "缺评待处理", "评审与公示", "方案与检查待审核", "撤销资格与追款");
    chromium.click(By.xpath("//*[contains(@class,'task-filter')]//*[contains(@class,'name') and contains(normalize-space(.), '待形式审查')]"));
    List<String> names = texts(By.cssSelector(".tasks-list li.task h4.task a"), 3);
    assertThat(names).containsExactly("形式审查 · 武汉机械工程学会", "形式审查 · 武汉市计算机学会", "形式审查 · 武汉土木建筑学会");
    assertThat(browser.findElements(By.cssSelector(".tasks-list li.task .due-date"))).hasSize(3)
        .allSatisfy(due -> assertThat(due.getText()).startsWith("到期"));
    assertThat(browser.findElement(By.cssSelector("[cam-sorting-choices] .sort-by")).getText()).isEqualTo("到期日");
    assertThat(browser.findElements(By.cssSelector(".tasks-list li.task .priority"))).noneMatch(WebElement::isDisplayed);
    assertThat(browser.findElement(By.cssSelector(".tasks-list li.task h5.assignee")).getText()).isEqualTo("王丽 专项办公室");
    chromium.screenshot("office-formal-reviews");
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("office1");

    // the claimed task: its claimant by name in the header and in its history
    chromium.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '武汉土木建筑学会')]"));
    WebElement meta = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta]")));
    wait.until(ExpectedConditions.textToBePresentInElement(meta, "王丽 专项办公室"));
    chromium.click(By.xpath("//*[contains(@class,'nav-tabs')]//a[normalize-space(.)='历史']"));
    By historyUser = By.cssSelector(".history-pane .operation-user");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(historyUser, "王丽 专项办公室"));
    chromium.screenshot("office-task-history");
    assertThat(browser.findElement(By.cssSelector(".history-pane")).getText()).contains("王丽 专项办公室").doesNotContain("office1");
  }

  @Test
  @DisplayName("R-REV-2: an expert's five scoring tasks are told apart by society, each with its deadline")
  void expertSeesFiveScoringTasksBySociety() {
    List<String> societies = List.of("WHLX", "WHSX", "WHYX", "WHQX", "WHJS");
    ProcessInstance round = roundWithAccepted(societies);
    formCommittee(round, EXPERTS.subList(0, 5), 5);
    assertThat(scoringTasks("expert5")).hasSize(5);

    chromium.signInToTasklist(port, "expert5", "demo");
    assertThat(texts(By.cssSelector(".task-filters .task-filter .name"), 2)).extracting(TaskListInBrowserTest::withoutCount)
        .containsExactly("我的待办", "待评分");
    chromium.click(By.xpath("//*[contains(@class,'task-filter')]//*[contains(@class,'name') and contains(normalize-space(.), '待评分')]"));
    List<String> names = texts(By.cssSelector(".tasks-list li.task h4.task a"), 5);
    assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.startsWith("专家评分 · "));
    assertThat(names.stream().map(n -> n.substring("专家评分 · ".length())).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("武汉力学学会", "武汉数学学会", "武汉药学会", "武汉气象学会", "武汉金属学会");
    assertThat(browser.findElements(By.cssSelector(".tasks-list li.task .due-date"))).hasSize(5);
    assertThat(browser.findElements(By.cssSelector(".tasks-list li.task h5.assignee")))
        .allSatisfy(a -> assertThat(a.getText()).isEqualTo("陈静 湖北省社会科学院"));
    assertNoneShown(".create-task-action", ".start-process-action");
    chromium.screenshot("expert-scoring-tasks");
  }

  @Test
  @DisplayName("R-REV-1: a society's correction is its own at once: no claiming, and none of Tasklist's actions it never needs")
  void societysOwnTaskIsReadyToType() {
    bothApplySecondAwaitsCorrection("WHJX", "WHJSJ");
    chromium.signInToTasklist(port, DemoUsers.userOf("WHJSJ"), "demo");
    chromium.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '补正申报材料 · 武汉市计算机学会')]"));
    chromium.waitForSettledForm();
    WebElement meta = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta]")));
    assertThat(meta.getText()).contains("武汉市计算机学会 学会账号").doesNotContain("whjsj", "认领", "添加组", "跟进日期", "设置到期日");
    assertThat(browser.findElements(By.cssSelector("[cam-tasklist-task-meta] .claim"))).noneMatch(WebElement::isDisplayed);
    assertThat(browser.findElements(By.cssSelector(".fjs-form input:not([type=hidden]), .fjs-form textarea")))
        .isNotEmpty().allMatch(WebElement::isEnabled);
    assertNoneShown(".create-task-action", ".start-process-action", "[cam-tasklist-task-meta] .groups",
        "[cam-tasklist-task-meta] .followup-date", "[cam-tasklist-task-meta] .unclaim");
    assertThat(browser.findElement(By.cssSelector(".navbar, header")).getText()).doesNotContain("创建任务", "启动流程");
    chromium.screenshot("society-correction");
  }

  /** The texts of at least {@code count} elements, once Tasklist has rendered them. */
  private List<String> texts(By locator, int count) {
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(locator, count - 1));
    wait.until(driver -> driver.findElements(locator).stream().noneMatch(e -> e.getText().isBlank()));
    return browser.findElements(locator).stream().map(e -> e.getText().strip()).toList();
  }

  /** A filter's name as listed, without the count of its tasks after it. */
  private static String withoutCount(String listed) {
    return listed.replaceAll("\\s*\\d+$", "");
  }

  private void assertNoneShown(String... selectors) {
    for (String selector : selectors) {
      assertThat(browser.findElements(By.cssSelector(selector))).as(selector).noneMatch(WebElement::isDisplayed);
    }
  }
}
