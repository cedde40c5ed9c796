package cn.wast.capacity.registryimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.CreditCode;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry import's tests: a society of their own (not affiliated, so no round invites it),
 * uploads and commits over HTTP as the office does them, and the registry left as it was.
 */
abstract class RegistryImportTestBase extends IntakeTestBase {

  static final String TEST_SOCIETY = "IMPTEST";
  static final String TEST_NAME = "武汉市导入测试学会";
  static final String TEST_CREDIT = creditCode("51420100MJ8880001");
  /** A valid code that no society of the registry has. */
  static final String UNKNOWN_CREDIT = creditCode("51420100MJ8880009");
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired SocietyRegistry registry;

  static String creditCode(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }

  @BeforeEach
  void testSociety() {
    removeTestSociety();
    registry.save(new Society(TEST_SOCIETY, TEST_NAME, "imptest@societies.example.cn", false, true, null, null,
        SecretaryGeneralTenure.NONE, 0, true, true, 0));
    registry.assignCreditCode(TEST_SOCIETY, TEST_CREDIT);
  }

  @AfterEach
  void removeTestSociety() {
    for (String table : List.of("society_annual_inspection", "society_work_report", "society_violation",
        "society_commissioned_project", "society_fraud_ban")) {
      jdbc.update("DELETE FROM " + table + " WHERE society_code = ?", TEST_SOCIETY);
    }
    jdbc.update("DELETE FROM society_fraud_ban WHERE source = 'IMPORTED'");
    jdbc.update("DELETE FROM society WHERE code = ?", TEST_SOCIETY);
  }

  static WebappSession office(int port) {
    return WebappSession.login(port, OFFICE, "demo");
  }

  /** An uploaded file's preview and where it is. */
  record Uploaded(String path, Response preview, String token) {
    String text() {
      return preview.text();
    }

    int status() {
      return preview.status();
    }
  }

  /** Uploads the file through the form on {@code page} and opens the preview it leads to. */
  static Uploaded upload(WebappSession session, String page, String action, byte[] file) {
    String token = WebappSession.hiddenField(session.get(page).text(), "_csrf").orElseThrow();
    Response uploaded = session.postMultipart(action, Map.of("_csrf", token),
        new WebappSession.FilePart("file", "年度情况.xlsx", XLSX, file));
    if (uploaded.status() != 302) {
      return new Uploaded(null, uploaded, token);
    }
    Response preview = session.follow(uploaded);
    assertThat(preview.status()).as("the preview").isEqualTo(200);
    return new Uploaded(java.net.URI.create(uploaded.location().orElseThrow()).getRawPath(), preview, token);
  }

  /** Posts the commit with the reason, whether or not the preview shows the form. */
  static Response commit(WebappSession session, Uploaded uploaded, String reason) {
    return session.postForm(uploaded.path() + "/commit", Map.of("_csrf", uploaded.token(), "reason", reason));
  }

  /** The preview's row of a sheet, from its number to the row's end. */
  static String row(Uploaded preview, String sheet, int number) {
    String text = preview.text();
    int at = text.indexOf("data-sheet=\"" + sheet + "\"");
    assertThat(at).as("sheet " + sheet + " on the preview").isPositive();
    int start = text.indexOf("data-row=\"" + number + "\"", at);
    assertThat(start).as("row " + number + " of " + sheet).isPositive();
    int end = text.indexOf("</tr>", start);
    return text.substring(start, end);
  }

  long facts(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE society_code = ?", Long.class, TEST_SOCIETY);
  }
}
