package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.funds.FlagDecision;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.funds.FundPlans;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office's filing task in Tasklist in a real browser, with a flagged budget line: the line
 * stands with its reason, the office decides it, a line not accepted cannot be filed (the refusal
 * stands beside the fields), and what Tasklist submits for a return is recorded. Screenshots go to
 * target/screenshots/.
 */
@Tag("browser")
class FlaggedLinesInBrowserTest extends ReviewTestBase {

  private static final String SOCIETY = "WHLX";
  private static final String PURPOSE = "青年科技工作者沙龙场地与茶歇 <b>每季度</b>";
  private static final By COMPLETE = By.xpath(
      "//button[contains(@class,'btn-primary') and (normalize-space(.)='Complete' or normalize-space(.)='完成')]");

  @Autowired FlaggedLines flaggedLines;
  @Autowired FundPlans plans;

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("flagged");
    browser = chromium.browser();
    wait = chromium.waiting();
  }

  @AfterEach
  void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** The plan's lines: the first a meeting, the second of category 其他, the one flagged line. */
  private Map<String, Object> planWithAFlaggedLine(LocalDate day) {
    Map<String, Object> form = SampleForms.fundPlan(day);
    form.put("budgetLines", List.of(
        SampleForms.budgetLine("C1", "MEETING", "华中力学学术年会会场及专家差旅", 120000),
        SampleForms.budgetLine("C3", "OTHER", PURPOSE, 80000)));
    return form;
  }

  @Test
  @DisplayName("R-FUND-1: the filing task shows the flagged line with its reason; not accepted, it cannot be filed; returned, the decision is recorded")
  void officeDecidesAFlaggedLineInTasklist() {
    ProcessInstance implementation = awardedImplementation(SOCIETY);
    claimAndComplete(DemoUsers.userOf(SOCIETY), singleTask(DemoUsers.userOf(SOCIETY), implementation.getId()),
        planWithAFlaggedLine(LocalDate.ofInstant(now(), ZONE)));
    Task filing = officeTask(implementation, "FileFundPlan");
    as(OFFICE, () -> taskService.claim(filing.getId(), OFFICE));

    chromium.signInToTasklist(port, OFFICE, "demo");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + filing.getId());
    chromium.waitForSettledForm();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "需专项办公室判断的支出"));
    String shown = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(shown).contains("下列支出按规则不能确定是否可由专项经费列支", "专项办公室的判断", "认可", "不予认可",
            "工作思路", "以品牌学术会议带动科普和人才培养") // the plan, a JSON value, as Markdown
        .doesNotContain("本次没有需专项办公室判断的支出");
    assertThat(chromium.input("用途").getDomProperty("value")).isEqualTo(PURPOSE);
    assertThat(chromium.input("行号").getDomProperty("value")).isEqualTo("2");
    assertThat(chromium.input("金额").getDomProperty("value")).isEqualTo("80,000.00 元");
    assertThat(chromium.input("需判断的原因").getDomProperty("value")).contains("“其他”");
    assertThat(chromium.input("用途").getDomProperty("readOnly")).isEqualTo("true");
    scrollTo("需专项办公室判断的支出");
    chromium.screenshot("filing-task");

    choose("专项办公室的判断", "不予认可");
    chromium.type("不予认可的理由", "沙龙茶歇属于接待开支，请改列具体科目");
    choose("审核结论", "予以备案");
    chromium.click(COMPLETE);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "不能备案，请选择退回修改"));
    chromium.screenshot("filing-refused");
    assertThat(implementation).isWaitingAt("FileFundPlan");

    choose("审核结论", "退回修改");
    chromium.type("修改意见", "请按意见调整第 2 行后重新报送。");
    chromium.screenshot("returning");
    chromium.click(COMPLETE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));

    List<FundPlans.PlanVersion> versions = plans.findByApplication(applicationKey(SOCIETY));
    assertThat(flaggedLines.ofPlan(versions.get(0).id())).singleElement().satisfies(f -> {
      assertThat(f.decision()).isEqualTo(FlagDecision.NOT_ACCEPTED);
      assertThat(f.note()).isEqualTo("沙龙茶歇属于接待开支，请改列具体科目");
      assertThat(f.decidedBy()).isEqualTo(OFFICE);
    });
    assertThat(implementation).isWaitingAt("SubmitFundPlan");

    chromium.signInToTasklist(port, DemoUsers.userOf(SOCIETY), "demo");
    Task returned = singleTask(DemoUsers.userOf(SOCIETY), implementation.getId());
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + returned.getId());
    chromium.waitForSettledForm();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "专项办公室的修改意见"));
    assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
        .as("the office's comments, a JSON value, as typed").contains("请按意见调整第 2 行后重新报送。");
    chromium.screenshot("society-reads-comments");
  }

  /**
   * Picks a radio option as a user does: clicks it and sees it chosen. A click that lands while
   * form-js renders the form again (the note field above just appeared) is lost; the user clicks again.
   */
  private void choose(String group, String option) {
    for (int attempt = 0; attempt < 3; attempt++) {
      chromium.click(radio(group, option));
      Boolean chosen = (Boolean) ((JavascriptExecutor) browser).executeScript(
          "const l = arguments[0]; const i = document.getElementById(l.htmlFor) || l.querySelector('input');"
              + " return !!(i && i.checked);", browser.findElement(radio(group, option)));
      if (Boolean.TRUE.equals(chosen)) {
        return;
      }
    }
    throw new AssertionError("“" + option + "” of “" + group + "” could not be chosen");
  }

  private static By radio(String group, String option) {
    return By.xpath("//div[contains(@class,'fjs-form-field-radio')][.//label[starts-with(normalize-space(.), '" + group
        + "')]]//label[starts-with(normalize-space(.), '" + option + "')]");
  }

  private void scrollTo(String text) {
    WebElement top = browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-text')]//h3[contains(., '" + text + "')]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start'})", top);
  }
}
