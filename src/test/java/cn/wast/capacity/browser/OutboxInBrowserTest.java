package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.award.Award;
import cn.wast.capacity.mail.MailStatus;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutboxMail;
import cn.wast.capacity.support.EarlierSupport;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ProcessTestBase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The office clerk writes 群发通知 to a round's awardees in the browser, previews the two
 * societies, sends it, finds the two mails on 邮件发送情况 by type, and sends a failed one again
 * from its page. Screenshots: target/screenshots/outbox-*.png.
 */
@Tag("browser")
class OutboxInBrowserTest extends ProcessTestBase {

  private static final String OFFICE = "office1";

  @Autowired ApplicationContext context;
  @Autowired Outbox outbox;

  private HeadlessChromium chromium;

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName("群发通知 to the awardees, previewed and sent; the mails on 邮件发送情况; a failed one sent again")
  void noticeThenOutbox() {
    EarlierSupport.round(context, year())
        .inImplementation("WHJX", 1, Award.AWAITING_PLAN)
        .inImplementation("WHTJ", 2, Award.PLAN_FILED);
    chromium = new HeadlessChromium("outbox");
    WebDriver browser = chromium.browser();
    WebDriverWait wait = chromium.waiting();
    chromium.signInToTasklist(port, OFFICE, "demo");

    browser.get("http://localhost:" + port + "/office/mails/notice");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "群发通知"));
    browser.findElement(By.id("title")).sendKeys("关于报送年度工作总结的通知");
    browser.findElement(By.id("text")).sendKeys("请各获奖学会于本月底前报送年度工作总结。\n联系人：李老师 <b>027-85550000</b>");
    new Select(browser.findElement(By.id("audience"))).selectByVisibleText("某年度全部获奖学会");
    new Select(browser.findElement(By.id("year"))).selectByVisibleText(year() + " 年度");
    chromium.click(By.id("preview-button"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recipients")));
    chromium.screenshot("notice-preview");
    assertThat(browser.findElement(By.id("recipient-count")).getText()).isEqualTo("2");
    assertThat(browser.findElement(By.id("preview-text")).getText()).contains("<b>027-85550000</b>");
    assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("关于报送年度工作总结的通知");

    chromium.click(By.id("send-button"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
    chromium.screenshot("notice-sent");
    assertThat(browser.findElement(By.id("message")).getText()).contains("已为2家学会各写入一封邮件");
    assertThat(browser.findElement(By.id("sent")).getText()).contains(year() + "年度全部获奖学会", "关于报送年度工作总结的通知");

    List<OutboxMail> toWhjx = outbox.findBySociety("WHJX");
    assertThat(toWhjx).hasSize(1);
    long failed = toWhjx.get(0).id();
    jdbc.update("UPDATE mail_outbox SET status = 'FAILED', attempts = 12,"
        + " last_error = 'MailSendException: 550 5.1.1 mailbox unavailable' WHERE id = ?", failed);

    browser.get("http://localhost:" + port + "/office/mails");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "邮件发送情况"));
    new Select(browser.findElement(By.id("type"))).selectByVisibleText("群发通知");
    browser.findElement(By.cssSelector("form.filters button[type='submit']")).click();
    wait.until(ExpectedConditions.urlContains("type=OFFICE_NOTICE"));
    chromium.screenshot("outbox-notices");
    assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("2");
    assertThat(browser.findElement(By.id("mail-" + failed)).getText())
        .contains("发送失败", "550 5.1.1 mailbox unavailable", "【专项办公室通知】关于报送年度工作总结的通知");

    chromium.click(By.cssSelector("#mail-" + failed + " a"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resend")));
    chromium.click(By.id("resend"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    chromium.screenshot("mail-resent");
    assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("待发送");
    assertThat(browser.findElement(By.id("resent")).getText()).contains(OFFICE);
    assertThat(browser.findElements(By.id("resend"))).isEmpty();
    assertThat(outbox.find(failed).orElseThrow().status()).isEqualTo(MailStatus.PENDING);
  }
}
