package cn.wast.capacity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.Groups;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.experts.Experts;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.ProcessTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19: an account from the office's page to the user's own password and back: the
 * activation mail (Chinese, a one-time link, no password), the link's expiry on the engine
 * clock, the password policy in Chinese, the login through the webapps' real endpoint, disabling
 * (login and session refused), enabling, resetting (new mail, old link dead), and the bulk
 * creation for the societies without an account.
 */
class AccountLifecycleTest extends ProcessTestBase {

  private static final String CODE_A = "ZTACA";
  private static final String CODE_B = "ZTACB";
  private static final String MAIL_A = "contact@ztaca.example.cn";
  private static final String MAIL_B = "contact@ztacb.example.cn";
  private static final String PASSWORD = "Wuhan-2026-Kexie!";
  private static final Pattern LINK = Pattern.compile("http://[^\\s]+/accounts/activate/([A-Za-z0-9_-]{43})");

  @Autowired SocietyRegistry registry;
  @Autowired Experts experts;

  @BeforeEach
  void twoSocietiesWithoutAccounts() {
    registry.save(society(CODE_A, "武汉测试甲学会", MAIL_A));
    registry.save(society(CODE_B, "武汉测试乙学会", MAIL_B));
  }

  @AfterEach
  void removeThem() {
    wipeProgrammeRecords();
    for (String code : List.of(CODE_A, CODE_B)) {
      if (identityService.createGroupQuery().groupId(Groups.ofSociety(code)).count() > 0) {
        identityService.deleteGroup(Groups.ofSociety(code));
      }
      jdbc.update("DELETE FROM society WHERE code = ?", code);
    }
    jdbc.update("DELETE FROM expert WHERE user_id = 'ztexpert'");
    jdbc.update("DELETE FROM society WHERE code = 'OFFICE1'");
  }

  @Test
  void anAccountGoesFromItsMailToItsPasswordAndIsDisabledEnabledAndReset() {
    WebappSession office = WebappSession.login(port, "office1", "demo");
    WebappSession visitor = WebappSession.anonymous(port);

    // bad input: said at the field, typed values kept, nothing stored
    Response refused = office.postForm("/office/accounts/create", Map.of("_csrf", csrf(office), "kind", "society",
        "societyCode", CODE_A, "userId", "chen xiao", "name", "", "email", "不是邮箱"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("用户名只能由英文字母和数字组成", "请填写姓名", "电子邮箱格式不正确",
        "value=\"chen xiao\"", "value=\"不是邮箱\"");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class)).isZero();
    assertThat(deliveredMail()).isEmpty();

    // created: the e-mail left blank goes to the society's contact address
    Response created = office.postForm("/office/accounts/create", Map.of("_csrf", csrf(office), "kind", "society",
        "societyCode", CODE_A, "userId", "ztchen", "name", "陈晓", "email", ""));
    assertThat(created.status()).isEqualTo(302);
    assertThat(office.follow(created).text()).contains("已创建账号“ztchen”");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE mail_type = 'ACCOUNT_ACTIVATION'",
        Long.class)).as("the mail waits in the outbox before it is sent").isEqualTo(1);
    MimeMessage first = single(deliveredTo(MAIL_A));
    assertThat(subject(first)).contains("账号激活通知");
    assertThat(body(first)).contains("陈晓", "用户名为：ztchen", "不会通过邮件发送密码").doesNotContainIgnoringCase("password");
    String firstToken = token(first);
    assertThat(jdbc.queryForObject("SELECT token_hash FROM account_activation", String.class))
        .isEqualTo(ActivationTokens.hash(firstToken)).isNotEqualTo(firstToken);
    assertThat(visitor.tryLogin("ztchen", PASSWORD).status()).as("not activated yet").isEqualTo(401);
    assertThat(officePage(office)).contains("待激活");

    // the link expires (capacity.accounts.activation-valid-for: P7D on the engine clock)
    assertThat(visitor.get("/accounts/activate/" + firstToken).text()).contains("设置登录密码", "ztchen");
    setClock(now().plus(Duration.ofDays(7)).plusSeconds(1));
    Response expired = visitor.get("/accounts/activate/" + firstToken);
    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.text()).contains("链接已过期，请联系专项办公室重新发送");
    assertThat(activate(visitor, firstToken, PASSWORD, PASSWORD).status()).isEqualTo(410);

    // the office resets: a reason is asked for, then a new mail, and the old link is dead
    Response noReason = office.postForm("/office/accounts/ztchen/reset", Map.of("_csrf", csrf(office), "reason", " "));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.text()).contains("请填写重置原因");
    assertThat(office.postForm("/office/accounts/ztchen/reset",
        Map.of("_csrf", csrf(office), "reason", "激活链接已过期，联系人来电要求重发")).status()).isEqualTo(302);
    String secondToken = token(single(deliveredTo(MAIL_A).subList(1, 2)));
    assertThat(visitor.get("/accounts/activate/" + firstToken).text()).contains("链接已失效");

    // the policy, in Chinese
    Response weak = activate(visitor, secondToken, "short", "short");
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.text()).contains("密码至少需要 10 个字符", "大写英文字母", "个数字", "特殊字符");
    Response mismatch = activate(visitor, secondToken, PASSWORD, PASSWORD + "x");
    assertThat(mismatch.status()).isEqualTo(400);
    assertThat(mismatch.text()).contains("两次输入的密码不一致");
    assertThat(activate(visitor, secondToken, "Ztchen-2026-xyz!", "Ztchen-2026-xyz!").text())
        .contains("密码不能包含您的用户名");

    // activated: in the society's groups, the link used up, the login works
    Response activated = activate(visitor, secondToken, PASSWORD, PASSWORD);
    assertThat(activated.status()).isEqualTo(200);
    assertThat(activated.text()).contains("密码已设置，账号已启用", "/camunda/app/tasklist/");
    assertThat(visitor.get("/accounts/activate/" + secondToken).text()).contains("链接已使用");
    assertThat(identityService.createUserQuery().userId("ztchen").memberOfGroup(Groups.ofSociety(CODE_A)).count()).isOne();
    assertThat(identityService.createUserQuery().userId("ztchen").memberOfGroup(Groups.SOCIETIES).count()).isOne();
    WebappSession user = WebappSession.login(port, "ztchen", PASSWORD);
    assertThat(user.get("/society").status()).isEqualTo(200);
    String list = officePage(office);
    assertThat(row(list, "ztchen")).contains("已激活", "陈晓", "武汉测试甲学会", MAIL_A).doesNotContain("从未登录");
    for (MimeMessage mail : deliveredMail()) {
      assertThat(body(mail)).doesNotContain(PASSWORD);
    }

    // disabled: the open session ends, the right password is refused like a wrong one, REST too
    assertThat(office.postForm("/office/accounts/ztchen/disable", Map.of("_csrf", csrf(office), "reason", "")).text())
        .contains("请填写停用原因");
    assertThat(office.postForm("/office/accounts/ztchen/disable",
        Map.of("_csrf", csrf(office), "reason", "联系人已离职")).status()).isEqualTo(302);
    assertThat(user.get("/society").status()).as("the session ended").isEqualTo(401);
    assertThat(user.get(WebappSession.WHO_AM_I).status()).isNotEqualTo(200);
    setClock(now().plusSeconds(120));
    Response disabledLogin = WebappSession.anonymous(port).tryLogin("ztchen", PASSWORD);
    Response wrongLogin = WebappSession.anonymous(port).tryLogin("ztchen", "Wrong-Password-1!");
    assertThat(disabledLogin.status()).isEqualTo(401).isEqualTo(wrongLogin.status());
    assertThat(disabledLogin.text()).isEqualTo(wrongLogin.text());
    assertThat(WebappSession.anonymous(port).withBasicAuth("ztchen", PASSWORD).get("/engine-rest/task/count").status())
        .isEqualTo(401);
    assertThat(jdbc.queryForList("SELECT field, before_value, after_value, reason, changed_by FROM change_record"
        + " WHERE subject_kind = 'ACCOUNT' AND subject_key = 'ztchen' AND reason = '联系人已离职'"))
        .singleElement().satisfies(r -> assertThat(r).containsEntry("FIELD", "状态").containsEntry("BEFORE_VALUE", "已激活")
            .containsEntry("AFTER_VALUE", "已停用").containsEntry("CHANGED_BY", "office1"));
    assertThat(row(officePage(office), "ztchen")).contains("已停用");

    // enabled again: the password works again
    setClock(now().plusSeconds(300));
    assertThat(office.postForm("/office/accounts/ztchen/enable",
        Map.of("_csrf", csrf(office), "reason", "误停用，恢复")).status()).isEqualTo(302);
    assertThat(WebappSession.anonymous(port).tryLogin("ztchen", PASSWORD).status()).isEqualTo(200);

    // reset: the password is void, a new mail comes, the used link stays dead, the new one works
    forgetDeliveredMail();
    assertThat(office.postForm("/office/accounts/ztchen/reset",
        Map.of("_csrf", csrf(office), "reason", "联系人忘记密码")).status()).isEqualTo(302);
    String thirdToken = token(single(deliveredTo(MAIL_A)));
    assertThat(visitor.get("/accounts/activate/" + secondToken).status()).isEqualTo(410);
    setClock(now().plusSeconds(300));
    assertThat(WebappSession.anonymous(port).tryLogin("ztchen", PASSWORD).status()).isEqualTo(401);
    assertThat(activate(visitor, thirdToken, "Another-2026-Pass!", "Another-2026-Pass!").status()).isEqualTo(200);
    setClock(now().plusSeconds(300));
    WebappSession.login(port, "ztchen", "Another-2026-Pass!");
  }

  @Test
  void bulkCreationMakesOneAccountForEachSocietyWithoutOne() {
    WebappSession office = WebappSession.login(port, "office1", "demo");
    assertThat(office.postForm("/office/accounts/create", Map.of("_csrf", csrf(office), "kind", "society",
        "societyCode", CODE_A, "userId", "ztlin", "name", "林峰", "email", "lin@ztaca.example.cn")).status())
        .isEqualTo(302);
    String page = officePage(office);
    assertThat(page).contains("为所有尚无账号的学会创建账号", "武汉测试乙学会");

    Response bulk = office.postForm("/office/accounts/bulk", Map.of("_csrf", csrf(office)));
    assertThat(bulk.status()).isEqualTo(302);
    assertThat(office.follow(bulk).text()).contains("已为 1 个学会创建账号");
    assertThat(jdbc.queryForList("SELECT user_id, society_code FROM account ORDER BY user_id"))
        .extracting(r -> r.get("USER_ID") + "/" + r.get("SOCIETY_CODE"))
        .containsExactly("ztacb/" + CODE_B, "ztlin/" + CODE_A);
    assertThat(token(single(deliveredTo(MAIL_B)))).isNotBlank();
    assertThat(deliveredTo(MAIL_A)).isEmpty();

    Response again = office.postForm("/office/accounts/bulk", Map.of("_csrf", csrf(office)));
    assertThat(office.follow(again).text()).contains("已为 0 个学会创建账号");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class)).isEqualTo(2);
  }

  @Test
  void officeStaffAccountsJoinTheOfficeOnActivation() {
    WebappSession office = WebappSession.login(port, "office1", "demo");
    Response taken = office.postForm("/office/accounts/create", Map.of("_csrf", csrf(office), "kind", "office",
        "userId", "office1", "name", "王丽", "email", "wl@wast.example.cn"));
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.text()).contains("用户名“office1”已被使用");
    assertThat(office.postForm("/office/accounts/create", Map.of("_csrf", csrf(office), "kind", "office",
        "userId", "ztzhou", "name", "周敏", "email", "zhoumin@wast.example.cn")).status()).isEqualTo(302);
    String token = token(single(deliveredTo("zhoumin@wast.example.cn")));
    assertThat(activate(WebappSession.anonymous(port), token, PASSWORD, PASSWORD).status()).isEqualTo(200);
    assertThat(identityService.createUserQuery().userId("ztzhou").memberOfGroup(Groups.OFFICE).count()).isOne();
    assertThat(WebappSession.login(port, "ztzhou", PASSWORD).get("/office/accounts").status()).isEqualTo(200);
  }

  @Test
  void expertsAreChosenFromThePoolAndJoinTheExperts() {
    experts.insert(new Expert("ztexpert", "吴涛", "武汉大学", "机械工程", "wutao@experts.example.cn"));
    WebappSession office = WebappSession.login(port, "office1", "demo");
    assertThat(officePage(office)).contains("吴涛（武汉大学，机械工程）").doesNotContain("value=\"expert1\"");
    Response noChoice = office.postForm("/office/accounts/create", Map.of("_csrf", csrf(office), "kind", "expert",
        "userId", "expert1"));
    assertThat(noChoice.status()).as("expert1 has a user already").isEqualTo(400);
    assertThat(noChoice.text()).contains("请选择专家库中尚无账号的专家");
    assertThat(office.postForm("/office/accounts/create", Map.of("_csrf", csrf(office), "kind", "expert",
        "userId", "ztexpert")).status()).isEqualTo(302);
    MimeMessage mail = single(deliveredTo("wutao@experts.example.cn"));
    assertThat(body(mail)).contains("吴涛", "评审专家账号", "用户名为：ztexpert");
    assertThat(activate(WebappSession.anonymous(port), token(mail), PASSWORD, PASSWORD).status()).isEqualTo(200);
    assertThat(identityService.createUserQuery().userId("ztexpert").memberOfGroup(Groups.EXPERTS).count()).isOne();
    assertThat(row(officePage(office), "ztexpert")).contains("专家", "已激活");
  }

  @Test
  void bulkCreationLeavesOutASocietyWhoseUserIdIsTaken() {
    registry.save(society("OFFICE1", "武汉测试丙学会", "contact@office1-society.example.cn"));
    WebappSession office = WebappSession.login(port, "office1", "demo");
    Response bulk = office.postForm("/office/accounts/bulk", Map.of("_csrf", csrf(office)));
    assertThat(office.follow(bulk).text()).contains("已为 2 个学会创建账号", "未创建 OFFICE1：用户名“office1”已被使用");
    assertThat(jdbc.queryForList("SELECT society_code FROM account ORDER BY society_code", String.class))
        .containsExactly(CODE_A, CODE_B);
  }

  // ---- helpers ----

  private static Society society(String code, String name, String email) {
    return new Society(code, name, email, false, true, null, "秘书长", SecretaryGeneralTenure.FULL_TIME, 3, true, true, 1);
  }

  private static String csrf(WebappSession office) {
    return WebappSession.hiddenField(office.get("/office/accounts").text(), "_csrf").orElseThrow();
  }

  private static String officePage(WebappSession office) {
    Response page = office.get("/office/accounts");
    assertThat(page.status()).isEqualTo(200);
    return page.text();
  }

  /** The list's row of one account. */
  private static String row(String page, String userId) {
    int start = page.indexOf("data-user=\"" + userId + "\"");
    assertThat(start).as("row of " + userId).isNotNegative();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private static Response activate(WebappSession session, String token, String password, String repeated) {
    return session.postForm("/accounts/activate/" + token, Map.of("password", password, "repeated", repeated));
  }

  private static MimeMessage single(List<MimeMessage> mails) {
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  private static String token(MimeMessage mail) {
    Matcher link = LINK.matcher(body(mail));
    assertThat(link.find()).as("an activation link in " + body(mail)).isTrue();
    return link.group(1);
  }
}
