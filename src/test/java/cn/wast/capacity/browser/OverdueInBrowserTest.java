package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.deadlines.LatenessDecision;
import cn.wast.capacity.deadlines.Lateness;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding 6 in a real browser: the office's 处理逾期 task in Tasklist when the fund plan's deadline
 * passed; the office extends it with a reason. Screenshots go to target/screenshots/.
 */
@Tag("browser")
class OverdueInBrowserTest extends ReviewTestBase {

  private static final String SOCIETY = "WHLX";
  private static final By COMPLETE = By.xpath(
      "//button[contains(@class,'btn-primary') and (normalize-space(.)='Complete' or normalize-space(.)='完成')]");

  @Autowired Lateness lateness;

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("overdue");
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
  @DisplayName("Finding 6: the office sees which deadline passed and how long ago, extends it in Tasklist with a reason")
  void officeExtendsAnOverduePlanInTasklist() {
    ProcessInstance implementation = awardedImplementation(SOCIETY);
    LocalDate awardDay = LocalDate.ofInstant(now(), ZONE);
    setClock(awardDay.plusDays(33), LocalTime.of(9, 0));
    executeDueJobs();
    Task overdue = officeTask(implementation, "HandleOverduePlan");
    as(OFFICE, () -> taskService.claim(overdue.getId(), OFFICE));

    chromium.signInToTasklist(port, OFFICE, "demo");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + overdue.getId());
    chromium.waitForSettledForm();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "已逾期"));
    String shown = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(shown).contains("处理逾期", "武汉力学学会", "经费使用管理方案", ChineseDates.deadline(awardDay.plusDays(30)),
        "已逾期 3 天", "催办", "延期", "记录逾期");
    chromium.screenshot("overdue-task");
    chromium.click(By.xpath("//a[normalize-space(.)='流程图']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container")));
    chromium.screenshot("overdue-diagram");
    chromium.click(By.xpath("//a[normalize-space(.)='表单']"));
    chromium.waitForSettledForm();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "已逾期"));

    LocalDate newDay = LocalDate.ofInstant(now(), ZONE).plusDays(10);
    for (int attempt = 0; attempt < 3; attempt++) {
      chromium.click(By.xpath("//label[starts-with(normalize-space(.), '延期')]"));
      Boolean chosen = (Boolean) ((JavascriptExecutor) browser).executeScript(
          "const l = arguments[0]; const i = document.getElementById(l.htmlFor) || l.querySelector('input');"
              + " return !!(i && i.checked);", browser.findElement(By.xpath("//label[starts-with(normalize-space(.), '延期')]")));
      if (Boolean.TRUE.equals(chosen)) {
        break;
      }
    }
    chromium.type("新的截止日期", newDay.toString());
    chromium.type("理由", "学会换届，负责人变更，申请延期十天");
    chromium.screenshot("overdue-extending");
    chromium.click(COMPLETE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));

    assertThat(lateness.ofApplication(applicationKey(SOCIETY))).singleElement().satisfies(e -> {
      assertThat(e.decision()).isEqualTo(LatenessDecision.EXTENDED);
      assertThat(e.daysLate()).isEqualTo(3);
      assertThat(e.reason()).isEqualTo("学会换届，负责人变更，申请延期十天");
      assertThat(e.decidedBy()).isEqualTo(OFFICE);
    });
    assertThat(singleTask(DemoUsers.userOf(SOCIETY), implementation.getId()).getDueDate().toInstant())
        .isEqualTo(newDay.plusDays(1).atStartOfDay(ZONE).toInstant());
  }
}
