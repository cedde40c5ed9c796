package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.IntakeTestBase;
import java.io.IOException;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A society's draft in a real browser (Debian's headless Chromium): it starts the application
 * from Tasklist's link to its own page, saves half of it, signs out, comes back in another
 * browser, finds its work, finishes, uploads its board resolution and submits. Screenshots go to
 * target/screenshots/draft-*.png.
 */
@Tag("browser")
class DraftInBrowserTest extends IntakeTestBase {

  private static final String SOCIETY = "WHDJ";
  private static final String C1 = "举办电机工程学术年会，参会代表六百余人，发布电力行业发展报告一部。";

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  private void openBrowser(String name) {
    chromium = new HeadlessChromium("draft-" + name);
    browser = chromium.browser();
    wait = chromium.waiting();
  }

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName("Save a draft, sign out, sign in on another browser, finish and submit")
  void saveSignOutComeBackAndSubmit() throws IOException {
    openRound();

    openBrowser("first");
    chromium.signInToTasklist(port, DemoUsers.userOf(SOCIETY), "demo");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("society-page-link")));
    chromium.screenshot("tasklist-link");
    click(By.id("society-page-link"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "本学会的申报和往来邮件"));
    chromium.screenshot("society-page");
    click(By.linkText(year() + " 年度申报材料"));
    type("f.achievementC1", C1);
    type("f.contactName", "陈晓燕");
    chromium.screenshot("half-filled");
    click(By.id("save-draft"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "草稿已保存"));
    chromium.screenshot("saved");
    browser.get(url("/camunda/app/tasklist/"));
    click(By.cssSelector(".account"));
    click(By.xpath("//a[contains(@ng-click,'logout')]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    chromium.close();

    openBrowser("second");
    chromium.signInToTasklist(port, DemoUsers.userOf(SOCIETY), "demo");
    browser.get(url("/society"));
    click(By.linkText(year() + " 年度申报材料"));
    assertThat(value("f.achievementC1")).isEqualTo(C1);
    assertThat(value("f.contactName")).isEqualTo("陈晓燕");
    assertThat(browser.findElement(By.id("saved-at")).getText()).contains(DemoUsers.userOf(SOCIETY));
    chromium.screenshot("found-again");

    type("f.achievementC2", "承接市科技局委托开展科技评价十项，主持制定团体标准两项。");
    type("f.achievementC3", "开展会员继续教育培训十五期，举荐青年科技人才十名。");
    type("f.achievementC4", "完成理事会换届，健全会员管理制度，新增专职工作人员一名。");
    new Select(field("f.boardBody")).selectByVisibleText("理事会");
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field("f.boardMeetingDate"),
        LocalDate.of(year(), 2, 20).toString());
    type("f.boardResolutionNumber", "武电学〔" + year() + "〕2号");
    type("f.contactPhone", "027-85559876");
    type("f.contactEmail", "chenxiaoyan@example.cn");
    click(By.name("f.declaration"));
    click(By.id("submit-draft"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".error"), "尚未上传理事会"));
    chromium.screenshot("refused-without-resolution");
    assertThat(value("f.contactEmail")).isEqualTo("chenxiaoyan@example.cn");

    chromium.uploadBoardResolution(port, PDF);
    browser.get(url("/society"));
    click(By.linkText(year() + " 年度申报材料"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "理事会决议"));
    click(By.id("submit-draft"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "申报材料已提交"));
    chromium.screenshot("submitted");

    ProcessInstance application = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("APP-" + year() + "-" + SOCIETY).singleResult();
    assertThat(application).isNotNull();
    assertThat(runtimeService.getVariable(application.getId(), "achievementC1")).isEqualTo(C1);
    browser.get(url("/society"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".stage"), "材料审核中"));
    chromium.screenshot("status");
  }

  private WebElement field(String name) {
    WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.name(name)));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", field);
    return field;
  }

  private void type(String name, String text) {
    WebElement field = field(name);
    field.clear();
    field.sendKeys(text);
    if (!text.equals(field.getDomProperty("value"))) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, text);
    }
  }

  private String value(String name) {
    return field(name).getDomProperty("value");
  }

  private void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    element.click();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
