package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.experts.AffiliationRole;
import cn.wast.capacity.experts.ExpertAffiliation;
import cn.wast.capacity.experts.Experts;
import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.HeadlessChromium;
import java.time.LocalDate;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office clerk adds an expert to the pool and records their membership of a society, in a
 * real browser; a wrong date is refused at its field with what was typed kept. Screenshots:
 * target/screenshots/experts-*.png.
 */
@Tag("browser")
@CapacityTest
class ExpertPoolInBrowserTest {

  private static final String ID = "zzbrowser";

  @LocalServerPort int port;
  @Autowired Experts experts;
  @Autowired JdbcTemplate jdbc;
  private HeadlessChromium chromium;

  @AfterEach
  void closeBrowserAndRemoveTheExpert() {
    if (chromium != null) {
      chromium.close();
    }
    jdbc.update("DELETE FROM expert_affiliation WHERE expert_id = ?", ID);
    jdbc.update("DELETE FROM expert WHERE user_id = ?", ID);
    jdbc.update("DELETE FROM change_record WHERE subject_key = ?", ID);
  }

  private void type(String id, String text) {
    chromium.browser().findElement(By.id(id)).clear();
    chromium.browser().findElement(By.id(id)).sendKeys(text);
  }

  @Test
  @DisplayName("The office adds an expert and their membership of a society; a date before the start is refused at its field")
  void officeAddsAnExpertAndAnAffiliation() {
    chromium = new HeadlessChromium("experts");
    WebDriver browser = chromium.browser();
    WebDriverWait wait = chromium.waiting();
    chromium.signInToTasklist(port, "office1", "demo");
    browser.get("http://localhost:" + port + "/office/experts");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "专家库"));

    type("add-userId", ID);
    type("add-name", "周测试");
    type("add-title", "教授级高级工程师");
    type("add-organisation", "武汉测试设计研究院");
    type("add-fields", "桥梁工程、结构检测");
    type("add-email", "zhou@test.example.cn");
    type("add-phone", "027-8888 6666");
    type("add-reason", "2026年度专家库增补");
    chromium.screenshot("add-form");
    chromium.click(By.cssSelector("#add button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    assertThat(browser.findElement(By.id("details")).getText()).contains("周测试", "教授级高级工程师", "在用");

    type("societyCode", "WHTJ");
    new Select(browser.findElement(By.id("role"))).selectByVisibleText(AffiliationRole.MEMBER.label());
    type("startedOn", "2021年9月1日");
    type("endedOn", "2020/1/1");
    type("affiliation-reason", "本人申报会员身份");
    chromium.click(By.cssSelector("#add-affiliation button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refused")));
    chromium.screenshot("affiliation-refused");
    assertThat(browser.findElement(By.id("add-affiliation")).getText())
        .contains("终止日期（2020-01-01）不能早于起始日期（2021-09-01）");
    assertThat(browser.findElement(By.id("startedOn")).getDomProperty("value")).isEqualTo("2021年9月1日");
    assertThat(experts.affiliationsOf(ID)).isEmpty();

    type("endedOn", "");
    chromium.click(By.cssSelector("#add-affiliation button[type=submit]"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
    chromium.screenshot("affiliation-added");
    assertThat(browser.findElement(By.id("affiliations")).getText()).contains("武汉土木建筑学会（WHTJ）", "会员", "2021-09-01");
    assertThat(browser.findElement(By.id("changes")).getText()).contains("本人申报会员身份", "2026年度专家库增补", "office1");
    assertThat(experts.affiliationsOf(ID)).containsExactly(
        new ExpertAffiliation(ID, "WHTJ", AffiliationRole.MEMBER, LocalDate.of(2021, 9, 1), null));
  }
}
