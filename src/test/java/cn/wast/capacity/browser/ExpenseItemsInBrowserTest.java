package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.funds.ExpenseItem;
import cn.wast.capacity.funds.ExpenseRules;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import java.util.List;
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
 * R-FUND-1, R-FUND-3: on the fund plan in Tasklist (headless Chromium), a budget line's 支出科目
 * offers the catalogue's items by their Chinese names, and the form says what the funds never pay for.
 */
@Tag("browser")
class ExpenseItemsInBrowserTest extends ReviewTestBase {

  private static final String SOCIETY = "WHLX";

  private HeadlessChromium chromium;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("expense-items");
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
  @DisplayName("R-FUND-1: the item select of a budget line shows the catalogue's Chinese names, never a forbidden item")
  void theItemSelectShowsChineseNames() {
    awardedImplementation(SOCIETY);
    chromium.signInToTasklist(port, DemoUsers.userOf(SOCIETY), "demo");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '报送经费使用管理方案')]"))).click();
    chromium.waitForSettledForm();

    String form = browser.findElement(By.cssSelector(".fjs-container")).getText();
    assertThat(form).contains("专项经费不得用于：", "人员经费、日常办公经费（实施方案五（三）：“不得用于人员、日常办公经费支出”）",
        "劳务费（支付给学会以外人员）：只能支付给学会以外的人员（专家、学生、临时聘用人员）");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start'})",
        browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(., '专项经费不得用于')]")));
    chromium.screenshot("never-paid-for");

    chromium.click(By.xpath("//label[starts-with(normalize-space(.), '支出科目')]"
        + "/ancestor::div[contains(@class,'fjs-form-field')][1]//div[contains(@class,'fjs-input-group')]"));
    List<String> shown = wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
            By.cssSelector(".fjs-dropdownlist-item"))).stream().map(WebElement::getText).map(String::strip).toList();
    chromium.screenshot("item-list");
    assertThat(shown).isEqualTo(ExpenseRules.current().offered().stream().map(ExpenseItem::name).toList())
        .contains("会议费", "专家咨询费", "劳务费（支付给学会以外人员）", "其他")
        .doesNotContain("人员经费", "日常办公经费", "还贷");

    chromium.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='专家咨询费']"));
    chromium.type("用途", "专家咨询费");
    assertThat(browser.findElement(By.xpath("//label[starts-with(normalize-space(.), '支出科目')]"
        + "/ancestor::div[contains(@class,'fjs-form-field')][1]")).getText()).contains("专家咨询费");
    assertThat(browser.findElements(By.cssSelector(".fjs-form-field-error")))
        .extracting(WebElement::getText).noneMatch(t -> t.contains("用途"));
    chromium.screenshot("item-chosen");
  }
}
