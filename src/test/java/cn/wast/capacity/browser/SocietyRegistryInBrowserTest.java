package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.registry.RegistryTestSocieties;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ProcessTestBase;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office clerk finds a society in 学会名录, corrects its secretary-general with a reason, is
 * first told at the field that the reason is missing (with what was typed kept), then sees the
 * change on the record. Screenshots: target/screenshots/registry-*.png.
 */
@Tag("browser")
class SocietyRegistryInBrowserTest extends ProcessTestBase {

  private static final String CODE = "BROWSERREG";

  @Autowired SocietyRegistry registry;
  private HeadlessChromium chromium;

  @BeforeEach
  void society() {
    RegistryTestSocieties.remove(jdbc, CODE);
    registry.save(RegistryTestSocieties.society(CODE, "武汉市浏览器测试学会", 4));
  }

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
    RegistryTestSocieties.remove(jdbc, CODE);
  }

  @Test
  @DisplayName("学会名录: search, edit with a reason (refused first without one), see the change record")
  void officeEditsWithAReason() {
    chromium = new HeadlessChromium("registry");
    WebDriver browser = chromium.browser();
    chromium.signInToTasklist(port, "office1", "demo");
    browser.get("http://localhost:" + port + "/office/societies");
    browser.findElement(By.id("q")).sendKeys("浏览器测试");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-code='" + CODE + "']")));
    chromium.screenshot("list");
    browser.findElement(By.linkText(CODE)).click();
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "武汉市浏览器测试学会"));
    browser.findElement(By.linkText("修改学会信息")).click();

    WebElement secretary = chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("secretaryGeneralName")));
    secretary.clear();
    secretary.sendKeys("李四");
    new Select(browser.findElement(By.id("secretaryGeneralTenure"))).selectByVisibleText("兼职");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reason-problem")));
    chromium.screenshot("refused");
    assertThat(browser.findElement(By.id("reason-problem")).getText()).isEqualTo("请填写修改原因");
    assertThat(browser.findElement(By.id("secretaryGeneralName")).getAttribute("value")).isEqualTo("李四");

    browser.findElement(By.id("reason")).sendKeys("原秘书长离任，理事会选举李四为兼职秘书长");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
    chromium.screenshot("changed");
    ((JavascriptExecutor) browser).executeScript("document.getElementById('changes').scrollIntoView()");
    chromium.screenshot("change-record");
    String changes = browser.findElement(By.id("changes")).getText();
    assertThat(changes).contains("秘书长", "张三", "李四", "专职", "兼职", "原秘书长离任，理事会选举李四为兼职秘书长", "office1");
    assertThat(registry.findByCode(CODE).orElseThrow().secretaryGeneralName()).isEqualTo("李四");
  }
}
