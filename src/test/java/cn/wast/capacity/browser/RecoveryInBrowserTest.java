package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.supervision.DisqualificationStarter;
import cn.wast.capacity.supervision.FundRecoveries;
import cn.wast.capacity.supervision.RecoveryStarter;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office's investigation and recovery tasks in Tasklist in a real browser: every ground of a
 * joined investigation, what is paid now, and an instalment typed in, after which the task shows
 * the balance. Screenshots go to target/screenshots/.
 */
@Tag("browser")
class RecoveryInBrowserTest extends ReviewTestBase {

  private static final String SOCIETY = "WHSW";
  private static final By COMPLETE = By.xpath(
      "//button[contains(@class,'btn-primary') and (normalize-space(.)='Complete' or normalize-space(.)='完成')]");

  @Autowired DisqualificationStarter disqualifications;
  @Autowired RecoveryStarter recoveryStarter;
  @Autowired FundRecoveries recoveries;

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("recovery");
    browser = chromium.browser();
    wait = chromium.waiting();
  }

  @AfterEach
  void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private void open(Task task, String waitFor) {
    as(OFFICE, () -> taskService.claim(task.getId(), OFFICE));
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    chromium.waitForSettledForm();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), waitFor));
  }

  @Test
  @DisplayName("R-SUP-1: the investigation lists every ground joined; the recovery task takes an instalment and shows the balance")
  void investigationAndRecoveryInTasklist() {
    awardedImplementation(SOCIETY);
    String key = applicationKey(SOCIETY);
    disqualifications.start(key, "中期检查发现会务发票开票单位与会议通知所列会场不一致，疑似虚开。", "中期检查中发现的线索");
    disqualifications.start(key, "群众来信反映该学会科普活动照片系从网上下载，<b>活动并未举办</b>。", "公示异议认定弄虚作假");
    ProcessInstance investigation = runtimeService.createProcessInstanceQuery().processDefinitionKey("disqualification")
        .singleResult();

    chromium.signInToTasklist(port, OFFICE, "demo");
    open(singleTask(OFFICE, investigation.getId()), "启动和并入核查的事实和依据");
    String shown = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(shown).contains("武汉生物工程学会", "已拨付经费： 0.00 元（截至", "1. 中期检查中发现的线索", "疑似虚开",
        "2. 公示异议认定弄虚作假", "<b>活动并未举办</b>");
    chromium.screenshot("investigation-joined");

    recoveryStarter.start(key, new BigDecimal("200000.00"), "结项验收不通过，调减支持 200,000.00 元");
    ProcessInstance recovery = runtimeService.createProcessInstanceQuery().processDefinitionKey("recovery").singleResult();
    open(singleTask(OFFICE, recovery.getId()), "尚欠余额");
    assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
        .contains("应收回： 200,000.00 元", "尚欠余额： 200,000.00 元", "尚未收到退款");
    chromium.type("到账日期", LocalDate.ofInstant(now(), ZONE).toString());
    chromium.type("本次到账金额（元）", "80000");
    chromium.typeAndLeave("退款凭证号", "退-2026-001");
    chromium.screenshot("recovery-instalment-typed");
    chromium.click(COMPLETE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertThat(recoveries.ofApplication(key).get(0).balance()).isEqualByComparingTo("120000.00");

    open(singleTask(OFFICE, recovery.getId()), "尚欠余额");
    assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
        .contains("已到账： 80,000.00 元", "尚欠余额： 120,000.00 元", "80,000.00 元，凭证号 退-2026-001");
    assertThat(chromium.input("本次到账金额（元）").getDomProperty("value")).isEmpty();
    chromium.screenshot("recovery-balance");
  }
}
