package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.publicity.Objections;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ReviewTestBase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-REV-3 R-SUP-2: the public notice in a real browser (Debian's headless Chromium), without
 * login: the notice in Chinese, a refused objection, then one submitted and acknowledged.
 * Screenshots go to target/screenshots/.
 */
@Tag("browser")
class PublicNoticeInBrowserTest extends ReviewTestBase {

  @Autowired Objections objections;
  private HeadlessChromium chromium;


  @BeforeEach
  void startBrowser() {
    chromium = new HeadlessChromium("public-notice");
  }

  @AfterEach
  void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName("R-REV-3 R-SUP-2: anyone reads the notice in Chinese and objects; the acknowledgement appears")
  void anyoneObjectsOnThePublicPage() {
    publishedRound(List.of("WHLX", "WHSX"));
    WebDriver browser = chromium.browser();

    browser.get("http://localhost:" + port + "/public/");
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("objection")));
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains(year() + " 年度拟表彰学会名单公示", "武汉力学学会", "公示中", "提出异议");
    chromium.screenshot("notice");

    new Select(browser.findElement(By.id("noticeEntryId"))).selectByVisibleText("武汉力学学会");
    browser.findElement(By.id("grounds")).sendKeys("材料不实。");
    browser.findElement(By.id("objectorName")).sendKeys("赵先生");
    browser.findElement(By.id("objectorEmail")).sendKeys("zhao@example.cn");
    browser.findElement(By.id("submit-objection")).click();
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-grounds")));
    assertThat(browser.findElement(By.id("error-grounds")).getText()).contains("至少 20 个字");
    assertThat(browser.findElement(By.id("objectorName")).getAttribute("value")).isEqualTo("赵先生");
    assertThat(objections.findByRound(year())).isEmpty();
    chromium.screenshot("refused");

    browser.findElement(By.id("grounds")).clear();
    browser.findElement(By.id("grounds")).sendKeys(GROUNDS);
    browser.findElement(By.id("submit-objection")).click();
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledgement")));
    String acknowledgement = browser.findElement(By.id("acknowledgement")).getText();
    assertThat(acknowledgement).contains("武汉力学学会", "异议编号", "受理回执已发送至 zhao@example.cn");
    chromium.screenshot("acknowledged");
    assertThat(objections.findByRound(year())).singleElement()
        .satisfies(o -> assertThat(browser.findElement(By.id("objection-number")).getText()).isEqualTo(o.number()));
    assertThat(deliveredTo("zhao@example.cn")).singleElement()
        .satisfies(m -> assertThat(subject(m)).contains("异议受理回执"));

    chromium.signInToTasklist(port, OFFICE, "demo");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    chromium.click(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.), '核查异议')]"));
    chromium.click(By.xpath("//*[contains(@class,'claim') or normalize-space(.)='Claim'][self::button or self::a or self::span]"));
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    assertThat(browser.findElements(By.cssSelector(".fjs-form-field-text")).stream().map(e -> e.getText()))
        .as("the grounds, a JSON value, shown as typed").anyMatch(t -> t.contains(GROUNDS.strip()));
    chromium.screenshot("office-reads-grounds");
  }

  private static final String GROUNDS = "该学会申报的继续教育培训期数(20期)与实际举办情况[附件1]不符，请专项办公室核查。";
}
