package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import java.time.LocalTime;
import java.util.List;
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
 * Errors on Tasklist's forms, in headless Chromium, as the user meets them: form-js's own
 * messages in Chinese, a score out of range refused beside its field before submit, and a
 * refusal of the server shown beside the fields it concerns and above the buttons the user just
 * clicked (not at the top of the form), gone once the field is fixed and the retry succeeds.
 */
@Tag("browser")
class FormErrorsInBrowserTest extends ReviewTestBase {

  private static final List<String> ENGLISH = List.of("Field is required", "Field must", "Value is", "Cannot ",
      "instantiate", "submit task form", "Select", "Error");
  private static final By SUBMIT_IN_DIALOG = By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]");
  private static final By COMPLETE = By.xpath("//button[contains(@class,'btn-primary') and (normalize-space(.)='Complete' or normalize-space(.)='完成')]");

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("form-errors");
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
  @DisplayName("R-SUP-1: a refused start form shows only the Chinese reason, beside its field and above the buttons; gone after the fix and a successful retry")
  void refusedStartFormShowsTheReasonBesideTheField() {
    openRound();
    uploadBoardResolution("WHJX");
    apply("WHJX");
    executeDueJobs();

    chromium.signInToTasklist(port, OFFICE, "demo");
    browser.get(url("/camunda/app/tasklist/"));
    chromium.click(By.cssSelector(".start-process-action a, a.start-process-action, [cam-widget-header] .start-process-action"));
    chromium.click(By.xpath("//div[contains(@class,'modal-content')]//a[contains(normalize-space(.), '撤销资格')]"));
    chromium.waitForSettledForm();
    chromium.type("评选年度", String.valueOf(year()));
    chromium.type("学会代码", "NOSUCH");
    chromium.type("启动核查的事实和依据", "经群众举报并核实，该学会申报材料中的获奖证书系伪造，涉嫌弄虚作假。");
    // form-js takes a text field's value when the field is left: if it rendered the form again
    // before that (seen under load), the code is gone from the field, and a user types it again
    chromium.type("学会代码", "NOSUCH");
    chromium.input("启动核查的事实和依据").click();
    chromium.click(SUBMIT_IN_DIALOG);

    WebElement besideField = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath(field("学会代码") + "//*[contains(@class,'capacity-refusal-field')]")));
    assertThat(besideField.getText()).isEqualTo("“学会代码”NOSUCH 的学会在 " + year() + " 年度没有申报，无可撤销的资格");
    WebElement summary = browser.findElement(By.cssSelector(".modal-body .capacity-refusal-summary"));
    assertThat(summary.getText()).contains("提交未成功", "“学会代码”NOSUCH 的学会在 " + year() + " 年度没有申报");
    assertThat(inViewport(summary)).as("the reasons are where the user clicked").isTrue();
    assertThat(inViewport(browser.findElement(SUBMIT_IN_DIALOG))).as("the buttons stay visible and uncovered").isTrue();
    assertThat(notCovered(browser.findElement(SUBMIT_IN_DIALOG))).isTrue();
    assertThat(browser.findElements(By.xpath(field("评选年度") + "//*[contains(@class,'capacity-refusal-field')]"))).isEmpty();
    String dialog = browser.findElement(By.cssSelector(".modal-content")).getText();
    ENGLISH.forEach(word -> assertThat(dialog).doesNotContain(word));
    assertThat(dialog).doesNotContain("disqualification:", "提交未成功：");
    chromium.screenshot("start-refused-beside-field");

    chromium.type("学会代码", "WHJX");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".capacity-refusal-field")));
    assertThat(browser.findElements(By.cssSelector(".capacity-refusal"))).isEmpty();
    chromium.screenshot("start-fixed");
    chromium.click(SUBMIT_IN_DIALOG);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertThat(browser.findElements(By.cssSelector(".capacity-refusal"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".notifications .alert-danger"))).noneMatch(WebElement::isDisplayed);
    chromium.screenshot("start-succeeded");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("disqualification").count()).isEqualTo(1);
  }

  @Test
  @DisplayName("R-EVAL-1: form-js speaks Chinese, a score of 120 is refused beside the field before submit, the server's reason stands beside the comment")
  void scoreOutOfRangeIsRefusedBeforeSubmit() {
    ProcessInstance round = openRound();
    uploadBoardResolution("WHJX");
    ProcessInstance application = apply("WHJX");
    executeDueJobs();
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));
    setClock(formalReviewDeadline().plusDays(1), LocalTime.of(9, 0));
    executeDueJobs();
    formCommittee(round, EXPERTS, 5);
    String expert = EXPERTS.stream().filter(e -> !scoringTasks(e).isEmpty()).findFirst().orElseThrow();

    chromium.signInToTasklist(port, expert, "demo");
    browser.get(url("/camunda/app/tasklist/"));
    chromium.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '专家评分')]"));
    chromium.waitForSettledForm();

    chromium.click(COMPLETE);
    WebElement required = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath(field("C1 服务创新能力") + "//*[contains(@class,'fjs-form-field-error')]")));
    wait.until(ExpectedConditions.textToBePresentInElement(required, "此项必填"));
    WebElement fieldsToFix = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".capacity-refusal-summary")));
    assertThat(fieldsToFix.getText()).contains("尚未提交", "C1 服务创新能力");
    assertThat(browser.findElements(By.cssSelector(".notifications .alert-danger"))).noneMatch(WebElement::isDisplayed);
    chromium.screenshot("required-in-chinese");
    assertThat(formText()).doesNotContain("Field is required");

    chromium.type("C1 服务创新能力", "120");
    chromium.input("C1 服务创新能力").sendKeys(org.openqa.selenium.Keys.TAB);
    WebElement tooHigh = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath(field("C1 服务创新能力") + "//*[contains(@class,'fjs-form-field-error')]")));
    wait.until(ExpectedConditions.textToBePresentInElement(tooHigh, "不能大于 100"));
    chromium.screenshot("score-120-refused-before-submit");
    assertThat(browser.findElement(COMPLETE).isEnabled()).as("form-js holds the submission back").isFalse();
    assertThat(scoringTasks(expert)).as("nothing was submitted").hasSize(1);
    String shown = formText();
    ENGLISH.forEach(word -> assertThat(shown).doesNotContain(word));

    chromium.type("C1 服务创新能力", "100");
    chromium.type("C2 服务社会和政府能力", "80");
    chromium.type("C3 服务科技工作者能力", "80");
    chromium.type("C4 自我发展能力", "80");
    chromium.click(COMPLETE);
    WebElement besideComment = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath(field("评语") + "//*[contains(@class,'capacity-refusal-field')]")));
    assertThat(besideComment.getText()).isEqualTo("有得分为该项的最低分或最高分，请填写评语说明理由");
    chromium.screenshot("server-reason-beside-comment");
    WebElement summary = browser.findElement(By.cssSelector(".capacity-refusal-summary"));
    assertThat(inViewport(summary)).isTrue();
    assertThat(inViewport(browser.findElement(COMPLETE))).isTrue();
    assertThat(notCovered(browser.findElement(COMPLETE))).as(coverOf(browser.findElement(COMPLETE))).isTrue();
    assertThat(browser.findElements(By.cssSelector(".notifications .alert-danger"))).noneMatch(WebElement::isDisplayed);

    chromium.type("评语", "服务创新成效突出，给予满分。");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".capacity-refusal-field")));
    chromium.click(COMPLETE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertThat(browser.findElements(By.cssSelector(".capacity-refusal"))).isEmpty();
    chromium.screenshot("scored");
    assertThat(scoringTasks(expert)).isEmpty();
  }

  private static String field(String label) {
    return "//label[starts-with(normalize-space(.), '" + label + "')]/ancestor::div[contains(@class,'fjs-form-field')][1]";
  }

  private String formText() {
    return browser.findElement(By.cssSelector(".fjs-container")).getText();
  }

  private boolean inViewport(WebElement element) {
    return (Boolean) ((JavascriptExecutor) browser).executeScript(
        "const r = arguments[0].getBoundingClientRect();"
            + "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element);
  }

  /** Nothing lies over the element's middle: a click there reaches it. */
  private boolean notCovered(WebElement element) {
    return (Boolean) ((JavascriptExecutor) browser).executeScript(
        "const r = arguments[0].getBoundingClientRect();"
            + "const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + "return top === arguments[0] || arguments[0].contains(top);", element);
  }

  private String coverOf(WebElement element) {
    return String.valueOf(((JavascriptExecutor) browser).executeScript(
        "const r = arguments[0].getBoundingClientRect();"
            + "const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + "return top ? top.outerHTML.slice(0, 300) : 'nothing';", element));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
