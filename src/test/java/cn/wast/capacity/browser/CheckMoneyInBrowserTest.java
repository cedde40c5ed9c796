package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.funds.HeldTranches;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.funds.Tranche;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.HeadlessChromium;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-CHK-1 in headless Chromium: the office fails the mid-term check on its Tasklist form: the
 * form asks for the reasons and the corrections, shows what was paid, and the tranche is held.
 * Screenshots in target/screenshots/.
 */
@Tag("browser")
class CheckMoneyInBrowserTest extends CheckTestBase {

  private static final By COMPLETE = By.xpath(
      "//button[contains(@class,'btn-primary') and (normalize-space(.)='Complete' or normalize-space(.)='完成')]");

  @Autowired HeldTranches held;

  private HeadlessChromium chromium;

  @AfterEach
  void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private void choose(String group, String option) {
    By radio = By.xpath("//div[contains(@class,'fjs-form-field-radio')][.//label[starts-with(normalize-space(.), '"
        + group + "')]]//label[starts-with(normalize-space(.), '" + option + "')]");
    for (int attempt = 0; attempt < 3; attempt++) {
      chromium.click(radio);
      Boolean chosen = (Boolean) ((JavascriptExecutor) chromium.browser()).executeScript(
          "const l = arguments[0]; const i = document.getElementById(l.htmlFor) || l.querySelector('input');"
              + " return !!(i && i.checked);", chromium.browser().findElement(radio));
      if (Boolean.TRUE.equals(chosen)) {
        return;
      }
    }
    throw new AssertionError("“" + option + "” of “" + group + "” could not be chosen");
  }

  @Test
  @DisplayName("R-CHK-1: the office fails the mid-term in Tasklist with reasons and corrections; the 60,000.00 tranche is held, nothing paid")
  void midTermFailedInTasklist() {
    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001");
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"))));
    Task review = officeTask(implementation, "ReviewMidTerm");
    as(OFFICE, () -> taskService.claim(review.getId(), OFFICE));

    chromium = new HeadlessChromium("check-money");
    chromium.signInToTasklist(port, OFFICE, "demo");
    chromium.browser().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + review.getId());
    chromium.waitForSettledForm();
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"),
        "经费拨付： 已拨付 100,000.00 元；尚未拨付 100,000.00 元"));

    choose("检查结论", "发现弄虚作假");
    chromium.input("弄虚作假线索和依据");
    chromium.screenshot("mid-term-fraud-chosen");

    choose("检查结论", "未通过");
    chromium.type("未通过的理由", "科普进社区仅完成两场，经费执行率明显偏低，与方案进度不符。");
    chromium.type("整改要求", "补齐剩余科普进社区活动并提交活动台账。");
    chromium.type("整改完成日期", filedOn.plusMonths(9).toString());
    assertThat(chromium.browser().findElements(By.xpath("//label[starts-with(normalize-space(.), '弄虚作假线索和依据')]")))
        .isEmpty();
    chromium.screenshot("mid-term-failed-filled");
    chromium.click(COMPLETE);
    chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));

    assertThat(payments.findByApplication(applicationKey(SOCIETY))).extracting(Payments.Payment::tranche)
        .containsExactly(Tranche.PLAN_FILED);
    assertThat(held.findByApplication(applicationKey(SOCIETY))).singleElement()
        .satisfies(h -> assertThat(h.amount()).isEqualByComparingTo("60000.00"));
    assertThat(implementation).isWaitingAt("ImplementationPeriodEnds");
  }
}
