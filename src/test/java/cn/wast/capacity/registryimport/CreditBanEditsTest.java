package cn.wast.capacity.registryimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.audit.ChangeRecord;
import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.eligibility.EligibilityCheck;
import cn.wast.capacity.eligibility.FraudBanRule;
import cn.wast.capacity.society.FraudBan;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19: the office corrects a ban's decision details or lifts a ban decided elsewhere, on
 * record; auditors read; R-EXCL-4 refuses before the lifting day and not from it.
 */
class CreditBanEditsTest extends RegistryImportTestBase {

  @Autowired FraudBanList bans;
  @Autowired ChangeRecords changeRecords;
  @Autowired EligibilityCheck eligibility;

  private final int y = year();
  private final LocalDate startsOn = LocalDate.of(y - 1, 9, 1);
  private final LocalDate lastDay = LocalDate.of(y + 2, 8, 31);
  private long imported;
  private long own;

  @BeforeEach
  void twoBans() {
    bans.recordImported(TEST_SOCIETY, "民政部", "民社信〔" + (y - 1) + "〕8号", "年度报告弄虚作假", startsOn, lastDay);
    imported = bans.all().stream().filter(b -> b.societyCode().equals(TEST_SOCIETY)).findFirst().orElseThrow().id();
    own = registry.recordFraudBan(TEST_SOCIETY, new FraudBan(startsOn.plusDays(10), lastDay.plusDays(10),
        "委托项目合同系伪造", "武汉市科学技术协会", "武科协〔" + (y - 1) + "〕3号", false));
  }

  private String path(long id) {
    return "/office/credit/bans/" + id;
  }

  private Response post(WebappSession session, long id, String action, Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.put("_csrf", WebappSession.hiddenField(session.get("/office/credit").text(), "_csrf").orElseThrow());
    return session.postForm(path(id) + "/" + action, form);
  }

  private boolean refusedOn(LocalDate day) {
    return eligibility.check(TEST_SOCIETY, day).failedRuleIds().contains(FraudBanRule.ID);
  }

  @Test
  @DisplayName("Without login 401, a society's user 403; auditors read the ban but may neither correct nor lift")
  void whoMay() {
    WebappSession anonymous = WebappSession.anonymous(port);
    WebappSession society = WebappSession.login(port, "whdj", "demo");
    WebappSession auditor = WebappSession.login(port, "auditor1", "demo", "cockpit");
    assertThat(anonymous.get(path(imported)).status()).isEqualTo(401);
    assertThat(society.get(path(imported)).status()).isEqualTo(403);
    for (String action : List.of("correct", "lift")) {
      assertThat(anonymous.postForm(path(imported) + "/" + action, Map.of()).status()).isEqualTo(401);
      assertThat(society.postForm(path(imported) + "/" + action, Map.of()).status()).isEqualTo(403);
      assertThat(auditor.postForm(path(imported) + "/" + action,
          Map.of("liftedOn", y + "-01-01", "reason", "审计", "decidingBody", "民政部", "decisionNumber", "x",
              "grounds", "x")).status()).isEqualTo(403);
    }
    Response read = auditor.get(path(imported));
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text()).contains("民政部", "民社信〔" + (y - 1) + "〕8号", "年度报告弄虚作假", "3年", "外部名单导入",
        "审计人员只读查看").doesNotContain("保存更正", "解除惩戒</button>");
    assertThat(auditor.get("/office/credit").text()).contains("ban-" + imported, "查看");
    assertThat(office(port).get("/office/credit/bans/999999999").status()).isEqualTo(404);
    assertThat(changeRecords.of(ChangeSubject.FRAUD_BAN, TEST_SOCIETY)).isEmpty();
  }

  @Test
  @DisplayName("Lifting needs a reason and a date the Chinese way; it ends the ban from that day: R-EXCL-4 refuses before, not from it")
  void liftEndsTheBanFromItsDay() {
    WebappSession office = office(port);
    LocalDate liftDay = LocalDate.of(y, 3, 15);
    jdbc.update("DELETE FROM society_fraud_ban WHERE id = ?", own);
    assertThat(refusedOn(liftDay.minusDays(1))).isTrue();
    assertThat(refusedOn(liftDay)).isTrue();

    Response noReason = post(office, imported, "lift", Map.of("liftedOn", y + "年3月15日", "reason", " "));
    assertThat(noReason.status()).isEqualTo(422);
    assertThat(noReason.text()).contains("请写明原因", "尚未解除").contains("value=\"" + y + "年3月15日\"");
    Response badDate = post(office, imported, "lift", Map.of("liftedOn", "明年", "reason", "民政部移出名单"));
    assertThat(badDate.status()).isEqualTo(422);
    assertThat(badDate.text()).contains("liftedOn-problem", "民政部移出名单");
    Response tooEarly = post(office, imported, "lift", Map.of("liftedOn", (y - 2) + "-01-01", "reason", "民政部移出名单"));
    assertThat(tooEarly.text()).contains("解除生效日期不能早于惩戒起始日期");
    assertThat(changeRecords.of(ChangeSubject.FRAUD_BAN, TEST_SOCIETY)).isEmpty();
    assertThat(bans.find(imported).orElseThrow().lifted()).isFalse();

    Response done = post(office, imported, "lift", Map.of("liftedOn", y + "年3月15日",
        "reason", "民政部" + y + "年3月15日将其移出失信名单（民社信〔" + y + "〕2号）"));
    assertThat(done.status()).isEqualTo(302);
    assertThat(office.follow(done).text()).contains("已解除，变更已记录", "已于" + y + "年3月15日起解除")
        .doesNotContain("解除惩戒</button>");
    assertThat(bans.find(imported).orElseThrow().liftedOn()).isEqualTo(liftDay);
    assertThat(refusedOn(liftDay.minusDays(1))).as("the day before the lifting").isTrue();
    assertThat(refusedOn(liftDay)).as("the lifting day").isFalse();
    assertThat(refusedOn(liftDay.plusMonths(6))).isFalse();
    assertThat(changeRecords.of(ChangeSubject.FRAUD_BAN, TEST_SOCIETY)).singleElement().satisfies(c -> {
      assertThat(c.changedBy()).isEqualTo(OFFICE);
      assertThat(c.field()).contains("解除", "民社信〔" + (y - 1) + "〕8号");
      assertThat(c.after()).isEqualTo("自" + y + "年3月15日起解除");
      assertThat(c.reason()).contains("移出失信名单");
    });
    assertThat(office.get("/office/credit").text()).contains("已于" + y + "年3月15日起解除");
    assertThat(post(office, imported, "lift", Map.of("liftedOn", y + "-04-01", "reason", "再次")).text())
        .contains("该惩戒已于" + y + "年3月15日解除");
  }

  @Test
  @DisplayName("WAST's own ban is corrected (number, grounds) with a reason on record, but cannot be lifted")
  void ownBanCorrectedNotLifted() {
    WebappSession office = office(port);
    assertThat(office.get(path(own)).text()).contains("武汉市科学技术协会", "市科协撤销资格", "保存更正")
        .doesNotContain("解除惩戒</button>");
    Response lift = post(office, own, "lift", Map.of("liftedOn", y + "-01-01", "reason", "误操作"));
    assertThat(lift.status()).isEqualTo(422);
    assertThat(lift.text()).contains("市科协撤销资格时作出的失信惩戒不能在此解除");
    assertThat(bans.find(own).orElseThrow().lifted()).isFalse();

    Response blank = post(office, own, "correct", Map.of("decisionNumber", "", "grounds", "委托项目合同系伪造，印章不符",
        "reason", ""));
    assertThat(blank.status()).isEqualTo(422);
    assertThat(blank.text()).contains("decisionNumber-problem", "请填写“决定文号”", "请写明原因", "委托项目合同系伪造，印章不符");
    assertThat(changeRecords.of(ChangeSubject.FRAUD_BAN, TEST_SOCIETY)).isEmpty();

    Response done = post(office, own, "correct", Map.of("decisionNumber", "武科协〔" + (y - 1) + "〕13号",
        "grounds", "委托项目合同系伪造", "decidingBody", "别的机关", "reason", "文号录入有误，以决定书为准"));
    assertThat(done.status()).isEqualTo(302);
    CreditBan corrected = bans.find(own).orElseThrow();
    assertThat(corrected.decisionNumber()).isEqualTo("武科协〔" + (y - 1) + "〕13号");
    assertThat(corrected.decidingBody()).as("WAST's body is not typed").isEqualTo("武汉市科学技术协会");
    assertThat(changeRecords.of(ChangeSubject.FRAUD_BAN, TEST_SOCIETY)).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("决定文号");
      assertThat(c.before()).isEqualTo("武科协〔" + (y - 1) + "〕3号");
      assertThat(c.after()).isEqualTo("武科协〔" + (y - 1) + "〕13号");
      assertThat(c.reason()).contains("文号录入有误");
    });
    assertThat(office.get("/office/societies/" + TEST_SOCIETY).text()).contains("武科协〔" + (y - 1) + "〕13号",
        "市科协撤销资格", path(own));
  }

  @Test
  @DisplayName("An imported ban's deciding body is corrected too; each changed field is one change record")
  void importedBanCorrected() {
    WebappSession office = office(port);
    Response done = post(office, imported, "correct", Map.of("decidingBody", "中华人民共和国民政部",
        "decisionNumber", "民社信〔" + (y - 1) + "〕8号", "grounds", "年度工作报告弄虚作假", "reason", "按原决定书更正"));
    assertThat(done.status()).isEqualTo(302);
    assertThat(changeRecords.of(ChangeSubject.FRAUD_BAN, TEST_SOCIETY)).extracting(ChangeRecord::field)
        .containsExactlyInAnyOrder("决定机关", "事由");
    assertThat(office.get("/office/credit").text()).contains("中华人民共和国民政部", "年度工作报告弄虚作假");
  }
}
