package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.IntakeTestBase;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The office opens a round in Tasklist (the 开启年度评选 start form) typing its deadlines the way
 * a Chinese clerk writes them: year first with dashes, slashes, dots or 年月日 is the same day,
 * shown as YYYY-MM-DD and stored so; an unclear order or an impossible day is refused beside
 * the field in Chinese and nothing is submitted; Esc keeps the dialog and what was typed.
 * Screenshots go to target/screenshots/dates-*.
 */
@Tag("browser")
class DatesInBrowserTest extends IntakeTestBase {

  private HeadlessChromium chromium;
  private WebDriver browser;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("dates");
    browser = chromium.browser();
  }

  @AfterEach
  void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName("Year-first dates in any notation are one day in the round's start form; 10/12/Y and Y-02-30 are refused beside the field; Esc keeps the form")
  void officeTypesDeadlinesAsWritten() {
    int year = year();
    String day = year + "-12-10";
    chromium.signInToTasklist(port, OFFICE, "demo");
    openRoundForm();
    chromium.type("评选年度", String.valueOf(year));
    chromium.type("奖励名额", "5");
    chromium.type("奖励补助金额", "200000");

    for (String typed : List.of(year + "-12-10", year + "/12/10", year + "年12月10日", year + ".12.10", year + "/12/10 ")) {
      WebElement field = typeDate("申报截止日期", typed);
      assertThat(field.getDomProperty("value")).as(typed).isEqualTo(day);
      assertThat(dateError("申报截止日期")).as(typed).isEmpty();
    }
    chromium.screenshot("normalised");

    typeDate("申报截止日期", "10/12/" + year);
    assertThat(chromium.input("申报截止日期").getDomProperty("value")).isEqualTo("10/12/" + year);
    assertThat(dateError("申报截止日期")).contains("“10/12/" + year + "”看不出年、月、日的次序", "例如 2026-12-10");
    chromium.screenshot("unclear-order-refused");

    typeDate("形式审查截止日期", year + "-02-30");
    assertThat(dateError("形式审查截止日期")).contains(year + "年2月没有30日（该月只有28天）".replace("28", String.valueOf(
        java.time.YearMonth.of(year, 2).lengthOfMonth())));
    chromium.screenshot("impossible-day-refused");

    start();
    assertThat(browser.findElements(By.cssSelector(".modal .fjs-form"))).as("the dialog stays open").isNotEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("round").count()).as("nothing submitted").isZero();
    assertThat(dateError("申报截止日期")).contains("看不出年、月、日的次序");

    typeDate("申报截止日期", year + "年12月10日");
    typeDate("形式审查截止日期", year + ".12.20");
    chromium.input("形式审查截止日期").sendKeys(Keys.ESCAPE);
    new Actions(browser).sendKeys(Keys.ESCAPE).perform();
    new Actions(browser).moveToElement(browser.findElement(By.cssSelector(".modal")), 5, 5).click().perform();
    sleep(800);
    assertThat(browser.findElements(By.cssSelector(".modal .fjs-form"))).as("Esc and a click beside keep the dialog").isNotEmpty();
    assertThat(chromium.input("申报截止日期").getDomProperty("value")).isEqualTo(day);
    assertThat(chromium.input("形式审查截止日期").getDomProperty("value")).isEqualTo(year + "-12-20");
    assertThat(chromium.input("奖励名额").getDomProperty("value")).isEqualTo("5");
    chromium.screenshot("escape-kept-the-form");

    start();
    chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    ProcessInstance round = runtimeService.createProcessInstanceQuery().processDefinitionKey("round").singleResult();
    assertThat(round).as("the round opened").isNotNull();
    assertThat(runtimeService.getVariable(round.getId(), "applicationDeadline")).isEqualTo(day);
    assertThat(runtimeService.getVariable(round.getId(), "formalReviewDeadline")).isEqualTo(year + "-12-20");
    chromium.screenshot("round-opened");
  }

  private void openRoundForm() {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    chromium.click(By.cssSelector(".start-process-action a, a.start-process-action, [cam-widget-header] .start-process-action"));
    chromium.click(By.xpath("//a[contains(normalize-space(.), '专项年度评选')]"));
    chromium.waitForSettledForm();
  }

  /** Types into the field as a person does, then leaves it with Tab. */
  private WebElement typeDate(String label, String typed) {
    WebElement field = chromium.input(label);
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(typed);
    field.sendKeys(Keys.TAB);
    sleep(400);
    return chromium.input(label);
  }

  /** Our message beside the field; empty when there is none. */
  private String dateError(String label) {
    List<WebElement> errors = chromium.input(label).findElements(By.xpath(
        "ancestor::div[contains(@class,'fjs-form-field')][1]//div[contains(@class,'capacity-date-error')]"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  private void start() {
    chromium.click(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"));
    sleep(1500);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
