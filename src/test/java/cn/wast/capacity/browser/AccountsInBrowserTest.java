package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ProcessTestBase;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 19 in a real browser: the clerk creates an office colleague's account on 账号管理, first
 * with a mistake said at its field, the colleague opens the mailed link, is told in Chinese what
 * the password lacks, sets it, and signs in to Tasklist. Screenshots: target/screenshots/accounts-*.png.
 */
@Tag("browser")
class AccountsInBrowserTest extends ProcessTestBase {

  private static final Pattern LINK = Pattern.compile("http://[^\\s]+(/accounts/activate/[A-Za-z0-9_-]{43})");
  private static final String PASSWORD = "Wuhan-2026-Kexie!";

  private HeadlessChromium chromium;

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName("账号管理: create with a mistake, then right; the link sets the password under the policy; Tasklist signs in")
  void createActivateSignIn() {
    chromium = new HeadlessChromium("accounts");
    WebDriver browser = chromium.browser();
    chromium.signInToTasklist(port, "office1", "demo");
    browser.get("http://localhost:" + port + "/office/accounts");
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "账号管理"));
    chromium.screenshot("list");

    By officeForm = By.id("office-form");
    browser.findElement(officeForm).findElement(By.name("userId")).sendKeys("ztbrowser");
    browser.findElement(officeForm).findElement(By.name("name")).sendKeys("刘洋");
    browser.findElement(officeForm).findElement(By.name("email")).sendKeys("liuyang-at-wast");
    // the browser's own e-mail check would stop the form: the server's is the one that counts
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "document.getElementById('office-form').noValidate = true");
    browser.findElement(officeForm).findElement(By.cssSelector("button[type=submit]")).click();
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(officeForm, "电子邮箱格式不正确"));
    assertThat(browser.findElement(officeForm).findElement(By.name("userId")).getDomProperty("value")).isEqualTo("ztbrowser");
    chromium.screenshot("field-problem");
    var email = browser.findElement(officeForm).findElement(By.name("email"));
    email.clear();
    email.sendKeys("liuyang@wast.example.cn");
    browser.findElement(officeForm).findElement(By.cssSelector("button[type=submit]")).click();
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已创建账号“ztbrowser”"));
    assertThat(browser.findElement(By.cssSelector("tr[data-user=ztbrowser]")).getText()).contains("刘洋", "办公室", "待激活", "从未登录");
    chromium.screenshot("created");

    List<MimeMessage> mails = deliveredTo("liuyang@wast.example.cn");
    assertThat(mails).hasSize(1);
    Matcher link = LINK.matcher(body(mails.get(0)));
    assertThat(link.find()).isTrue();
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + link.group(1));
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "设置登录密码"));
    browser.findElement(By.name("password")).sendKeys("abc");
    browser.findElement(By.name("repeated")).sendKeys("abc");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
    assertThat(browser.findElement(By.id("problems")).getText()).contains("密码至少需要 10 个字符", "大写英文字母");
    chromium.screenshot("policy");
    browser.findElement(By.name("password")).sendKeys(PASSWORD);
    browser.findElement(By.name("repeated")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "密码已设置"));
    chromium.screenshot("activated");

    chromium.signInToTasklist(port, "ztbrowser", PASSWORD);
    browser.get("http://localhost:" + port + "/office/accounts");
    chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "账号管理"));
    assertThat(browser.findElement(By.cssSelector("tr[data-user=ztbrowser]")).getText()).contains("已激活")
        .doesNotContain("从未登录");
    new Select(browser.findElement(By.id("society-form")).findElement(By.name("societyCode"))).selectByValue("WHJX");
    chromium.screenshot("signed-in-as-new-colleague");
  }
}
