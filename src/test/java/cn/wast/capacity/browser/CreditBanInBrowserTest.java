package cn.wast.capacity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.FraudBan;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.HeadlessChromium;
import cn.wast.capacity.support.ProcessTestBase;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19 in headless Chromium: the office opens an imported ban from the credit list, is told
 * at the field that lifting needs a reason (the typed date kept), then lifts it.
 */
@Tag("browser")
class CreditBanInBrowserTest extends ProcessTestBase {

  private static final String CODE = "BANWEB";

  @Autowired SocietyRegistry registry;
  private HeadlessChromium office;
  private long ban;

  @BeforeEach
  void bannedSociety() {
    removeSociety();
    registry.save(new Society(CODE, "武汉市浏览器惩戒测试学会", "banweb@societies.example.cn", false, true, null, null,
        SecretaryGeneralTenure.NONE, 0, true, true, 0));
    int y = year();
    ban = registry.recordFraudBan(CODE, new FraudBan(LocalDate.of(y - 1, 9, 1), LocalDate.of(y + 2, 8, 31),
        "年度报告弄虚作假", "民政部", "民社信〔" + (y - 1) + "〕8号", true));
  }

  @AfterEach
  void removeSociety() {
    if (office != null) {
      office.close();
    }
    jdbc.update("DELETE FROM change_record WHERE subject_key = ?", CODE);
    jdbc.update("DELETE FROM society_fraud_ban WHERE society_code = ?", CODE);
    jdbc.update("DELETE FROM society_version WHERE society_code = ?", CODE);
    jdbc.update("DELETE FROM society WHERE code = ?", CODE);
  }

  @Test
  @DisplayName("Lifting without a reason is refused at the field with the date kept; with one the ban shows as lifted")
  void liftFromTheCreditList() {
    int y = year();
    office = new HeadlessChromium("credit-ban");
    office.signInToTasklist(port, "office1", "demo");
    office.browser().get("http://localhost:" + port + "/office/credit");
    office.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ban-" + ban)));
    assertThat(office.browser().findElement(By.id("ban-" + ban)).getText())
        .contains("民政部", "民社信〔" + (y - 1) + "〕8号", "3年", "外部名单导入", "惩戒期内");
    office.screenshot("credit-list");
    office.browser().findElement(By.cssSelector("#ban-" + ban + " a")).click();
    office.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("liftedOn"))).sendKeys(y + "年3月15日");
    office.screenshot("ban-page");
    office.browser().findElement(By.cssSelector("#lift button[type='submit']")).click();
    office.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lift-reason-problem")));
    assertThat(office.browser().findElement(By.id("lift-reason-problem")).getText()).contains("请写明原因");
    assertThat(office.browser().findElement(By.id("liftedOn")).getAttribute("value")).isEqualTo(y + "年3月15日");
    office.screenshot("lift-refused");

    office.browser().findElement(By.id("lift-reason")).sendKeys("民政部已将其移出失信名单");
    office.browser().findElement(By.cssSelector("#lift button[type='submit']")).click();
    office.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "已于" + y + "年3月15日起解除"));
    assertThat(office.browser().findElement(By.id("changes")).getText()).contains("民政部已将其移出失信名单");
    office.screenshot("lifted");
  }
}
