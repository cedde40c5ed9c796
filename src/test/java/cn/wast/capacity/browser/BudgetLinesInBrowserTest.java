package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.support.CheckTestBase;
import cn.wast.capacity.support.HeadlessChromium;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * R-FUND-4 in Tasklist, in a real browser: the society picks each ledger line's budget line from
 * the filed plan's lines; the office's final review lists a voucher changed since the mid-term and
 * one missing, each to decide.
 */
@Tag("browser")
class BudgetLinesInBrowserTest extends CheckTestBase {

  private HeadlessChromium society;
  private HeadlessChromium office;

  @AfterEach
  void stopBrowsers() {
    if (society != null) {
      society.close();
    }
    if (office != null) {
      office.close();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  @DisplayName("R-FUND-4: the report form offers the plan's budget lines by number, capacity, item, purpose and budget; the final review lists the changed and the missing voucher")
  void budgetLinesOnTheFormAndReconciliationOnTheReview() {
    society = new HeadlessChromium("budget-lines");
    society.signInToTasklist(port, DemoUsers.userOf(SOCIETY), "demo");
    Task midTerm = societyTask();
    society.browser().get(url("/camunda/app/tasklist/default/#/?task=" + midTerm.getId()));
    society.waitForSettledForm();
    WebElement field = society.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form-field-select')][.//label[starts-with(normalize-space(.), '对应的预算行')]]")));
    ((JavascriptExecutor) society.browser()).executeScript("arguments[0].scrollIntoView({block:'start'})", field);
    field.findElement(By.cssSelector(".fjs-input-group")).click();
    WebElement first = society.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(., '第 1 行')]")));
    assertThat(society.browser().findElements(By.cssSelector(".fjs-dropdownlist-item")))
        .extracting(WebElement::getText)
        .containsExactly("第 1 行 · C1 · 会议费 · 药学学术年会会务 · 预算 150,000.00 元",
            "第 2 行 · C2 · 科普活动费 · 合理用药科普进社区 · 预算 50,000.00 元");
    society.screenshot("report-budget-line-choices");
    first.click();
    society.screenshot("report-budget-line-picked");

    uploadReport(DocumentKind.MID_TERM_REPORT);
    uploadScans("记-001", "记-002");
    claimAndComplete(DemoUsers.userOf(SOCIETY), midTerm, materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 90000, "记-001"),
        expense(filedOn.plusDays(20), "C2", "POPULAR_SCIENCE", "合理用药科普展板制作", 8000, "记-002"))));
    claimAndComplete(OFFICE, officeTask(implementation, "ReviewMidTerm"), Map.of("midTermDecision", "passed"));
    setClock(java.time.LocalDate.parse((String) runtimeService.getVariable(implementation.getId(), "projectEnd"))
        .plusDays(1), LocalTime.of(0, 1));
    executeDueJobs();
    uploadReport(DocumentKind.FINAL_REPORT);
    claimAndComplete(DemoUsers.userOf(SOCIETY), societyTask(), materials(List.of(
        expense(filedOn.plusDays(10), "C1", "MEETING", "药学学术年会会场租赁", 30000, "记-001"))));

    Task review = officeTask(implementation, "ReviewFinalAcceptance");
    as(OFFICE, () -> taskService.claim(review.getId(), OFFICE));
    office = new HeadlessChromium("budget-lines-office");
    office.signInToTasklist(port, OFFICE, "demo");
    office.browser().get(url("/camunda/app/tasklist/default/#/?task=" + review.getId()));
    office.waitForSettledForm();
    WebElement list = office.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-form-field-dynamiclist')][.//*[contains(., '需专项办公室判断的支出')]]")));
    ((JavascriptExecutor) office.browser()).executeScript("arguments[0].scrollIntoView({block:'start'})", list);
    List<String> reasons = office.browser().findElements(By.xpath(
            "//*[contains(@class,'fjs-form-field-dynamiclist')]//textarea")).stream()
        .map(t -> t.getDomProperty("value")).toList();
    assertThat(reasons).contains("凭证 记-001 中期检查时为 90,000.00 元，结项时为 30,000.00 元")
        .anySatisfy(r -> assertThat(r).startsWith("中期检查时报告的凭证 记-002 在结项台账中缺失"));
    office.screenshot("final-review-reconciliation-flags");
  }
}
