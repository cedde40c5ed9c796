package cn.wast.capacity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.ProcessTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: who opens the account pages. The office reads and changes; the auditors read; the
 * societies and experts are refused (403), nobody signed in too (401); a change without the
 * form's token changes nothing. The activation page needs no login but its token.
 */
class AccountsPageSecurityTest extends ProcessTestBase {

  private static final Map<String, String> OFFICE_STAFF =
      Map.of("kind", "office", "userId", "ztsec", "name", "安全测试", "email", "ztsec@wast.example.cn");

  @Test
  void nobodySignedInIsAskedToSignIn() {
    WebappSession visitor = WebappSession.anonymous(port);
    Response page = visitor.get("/office/accounts");
    assertThat(page.status()).isEqualTo(401);
    assertThat(page.text()).contains("请先登录");
    assertThat(visitor.postForm("/office/accounts/create", OFFICE_STAFF).status()).isEqualTo(401);
    assertThat(visitor.postForm("/office/accounts/bulk", Map.of()).status()).isEqualTo(401);
    assertNothingCreated();
  }

  @Test
  void societiesAndExpertsAreRefused() {
    for (String user : new String[] {"whjx", "expert1"}) {
      WebappSession session = WebappSession.login(port, user, "demo");
      Response page = session.get("/office/accounts");
      assertThat(page.status()).as(user).isEqualTo(403);
      assertThat(page.text()).contains("账号管理只对专项办公室和审计人员开放");
      assertThat(session.postForm("/office/accounts/create", OFFICE_STAFF).status()).as(user).isEqualTo(403);
      assertThat(session.postForm("/office/accounts/office1/disable", Map.of("reason", "x")).status()).isEqualTo(403);
    }
    assertNothingCreated();
  }

  @Test
  void auditorsReadButChangeNothing() {
    WebappSession auditor = WebappSession.login(port, "auditor1", "demo", "cockpit");
    Response page = auditor.get("/office/accounts");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
    assertThat(page.text()).contains("账号管理").doesNotContain("创建并发送激活邮件", "name=\"_csrf\"");
    Response post = auditor.postForm("/office/accounts/create", OFFICE_STAFF);
    assertThat(post.status()).isEqualTo(403);
    assertThat(post.text()).contains("审计人员只能查阅");
    assertNothingCreated();
  }

  @Test
  void theOfficeChangesOnlyWithTheFormsToken() {
    WebappSession office = WebappSession.login(port, "office1", "demo");
    assertThat(office.get("/office/accounts").text()).contains("创建并发送激活邮件", "name=\"_csrf\"");
    Response forged = office.postForm("/office/accounts/create", OFFICE_STAFF);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.text()).contains("页面已过期");
    String token = WebappSession.hiddenField(office.get("/office/accounts").text(), "_csrf").orElseThrow();
    Response demoUser = office.postForm("/office/accounts/whjx/disable", Map.of("_csrf", token, "reason", "试图停用演示账号"));
    assertThat(demoUser.status()).isEqualTo(404);
    assertThat(demoUser.text()).contains("不在账号管理之列");
    assertNothingCreated();
  }

  @Test
  void theActivationPageNeedsNoLoginButAKnownToken() {
    Response unknown = WebappSession.anonymous(port).get("/accounts/activate/" + "A".repeat(43));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text()).contains("链接无效");
    assertThat(unknown.header("Referrer-Policy")).contains("no-referrer");
    Response post = WebappSession.anonymous(port).postForm("/accounts/activate/nonsense",
        Map.of("password", "Wuhan-2026-Kexie!", "repeated", "Wuhan-2026-Kexie!"));
    assertThat(post.status()).isEqualTo(404);
  }

  private void assertNothingCreated() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class)).isZero();
    assertThat(identityService.createUserQuery().userId("ztsec").count()).isZero();
  }
}
