package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.IntakeTestBase;
import java.io.IOException;
import java.util.LinkedHashMap;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The intake in a real browser (Debian's headless Chromium): a society uploads its board
 * resolution on the upload page and submits the application form in Tasklist; the office
 * claims the formal review in Tasklist and accepts. Screenshots go to target/screenshots/.
 */
@Tag("browser")
class IntakeInBrowserTest extends IntakeTestBase {

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("intake");
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
  @DisplayName("R-APP-2 R-APP-3 R-REV-1: a society applies in Tasklist and the office accepts it")
  void societyAppliesAndOfficeAccepts() throws IOException {
    openRound();
    String society = DemoSocieties.ELIGIBLE.get(0);

    chromium.signInToTasklist(port, DemoUsers.userOf(society), "demo");
    chromium.uploadBoardResolution(port, PDF);
    submitApplication();
    screenshot("society-submitted");

    ProcessInstance application = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("APP-" + year() + "-" + society).singleResult();
    assertThat(application).isNotNull();
    executeDueJobs();
    assertThat(application).isWaitingAt("FormalReview");

    chromium.signInToTasklist(port, OFFICE, "demo");
    completeFormalReview();

    assertThat(application).isEnded().hasPassed("NotifyAccepted");
  }

  private void submitApplication() {
    chromium.submitApplication(port, new HeadlessChromium.TypedApplication(year(), Map.of(
        "服务创新能力（C1）", "举办华中地区机械工程学术年会，参会代表八百余人，发布学科发展报告一部。",
        "服务社会和政府能力（C2）", "承接市科技局委托开展科技评价十二项，主持制定团体标准三项。",
        "服务科技工作者能力（C3）", "开展会员继续教育培训二十期，举荐青年科技人才十五名。",
        "自我发展能力（C4）", "完成理事会换届，健全会员管理制度，新增专职工作人员两名。"),
        "学会〔" + year() + "〕3号", "张明", "027-85551234", "zhangming@example.cn"));
  }

  private void completeFormalReview() {
    browser.get(url("/camunda/app/tasklist/"));
    chromium.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '形式审查')]"));
    chromium.click(By.xpath("//*[contains(@class,'claim') or normalize-space(.)='Claim'][self::button or self::a or self::span]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    List<WebElement> texts = browser.findElements(By.cssSelector(".fjs-form-field-text"));
    assertThat(texts.stream().map(WebElement::getText)).anyMatch(t -> t.contains("理事会决议"))
        .anyMatch(t -> t.contains("举办华中地区机械工程学术年会，参会代表八百余人"))
        .anyMatch(t -> t.contains("机构： 理事会") || t.contains("机构：理事会"))
        .anyMatch(t -> t.contains("张明，027-85551234，zhangming@example.cn"));
    chromium.click(By.xpath("//label[contains(@class,'fjs-form-field-label') and normalize-space(.)='受理']"));
    screenshot("formal-review");
    chromium.click(By.xpath("//button[contains(@class,'btn-primary') and (normalize-space(.)='Complete' or normalize-space(.)='完成')]"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    screenshot("formal-review-done");
  }

  private void screenshot(String name) {
    chromium.screenshot(name);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
