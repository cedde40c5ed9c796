package cn.wast.capacity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.WebappSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The login log's page (/audit/logins), its retention, and the password policy beside it. */
@CapacityTest
class LoginLogPageTest {

  static final String PAGE = "/audit/logins";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired LoginLogPruning pruning;

  /** The clock stands still, so that the wrong passwords below meet one wait and not several. */
  @BeforeEach
  void clock() {
    ClockUtil.setCurrentTime(new Date());
  }

  @AfterEach
  void clockRuns() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("Without a login 401, a society 403; auditor and office read it, newest first, escaped, by user, by page")
  void page() {
    String user = "<b>tlogpage</b>";
    for (int i = 0; i < 51; i++) {
      WebappSession.anonymous(port).withHeader("X-Forwarded-For", "198.51.100.51").withBasicAuth(user, "guess")
          .get("/engine-rest/task");
    }
    assertThat(WebappSession.anonymous(port).get(PAGE).status()).isEqualTo(401);
    WebappSession.Response society = WebappSession.login(port, "whdj", "demo").get(PAGE);
    assertThat(society.status()).isEqualTo(403);
    assertThat(society.text()).contains("登录日志只对审计人员和专项办公室开放").doesNotContain("198.51.100.51");

    WebappSession auditor = WebappSession.login(port, "auditor1", "demo", "cockpit");
    String query = PAGE + "?user=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
    WebappSession.Response first = auditor.get(query);
    assertThat(first.status()).isEqualTo(200);
    String html = first.text();
    assertThat(html).contains("登录日志").contains("共 51 条").contains("&lt;b&gt;tlogpage&lt;/b&gt;")
        .doesNotContain("<b>tlogpage").contains("198.51.100.51").contains("下一页");
    assertThat(html.split("class=\"entry\"", -1)).hasSize(51);
    // newest first: the 48 refused after the three failures, then two of those
    assertThat(html.split("data-outcome=\"THROTTLED\"", -1)).hasSize(49);
    assertThat(html.lastIndexOf("data-outcome=\"THROTTLED\"")).isLessThan(html.indexOf("data-outcome=\"FAILED\""));

    String second = auditor.get(query + "&page=1").text();
    assertThat(second.split("class=\"entry\"", -1)).hasSize(2);
    assertThat(second).contains("data-outcome=\"FAILED\"").contains("上一页").doesNotContain("下一页");

    WebappSession office = WebappSession.login(port, "office1", "demo");
    assertThat(office.get(PAGE).text()).contains("auditor1").contains("登录成功");
    assertThat(office.get("/navigation").text()).contains("登录日志", PAGE);
    assertThat(WebappSession.login(port, "whdj", "demo").get("/navigation").text()).doesNotContain(PAGE);
  }

  @Test
  @DisplayName("The nightly pruning removes attempts older than six months and keeps the younger ones")
  void retention() {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai"));
    for (ZonedDateTime at : new ZonedDateTime[] {now.minusMonths(6).minusDays(1), now.minusMonths(6).plusDays(1)}) {
      jdbc.update("INSERT INTO login_log (attempted_at, user_id, client_address, channel, outcome) "
          + "VALUES (?, 'tretention', '198.51.100.61', 'WEBAPP', 'FAILED')", Timestamp.from(at.toInstant()));
    }
    pruning.prune();
    assertThat(jdbc.queryForList("SELECT attempted_at FROM login_log WHERE user_id = 'tretention'", Timestamp.class))
        .containsExactly(Timestamp.from(now.minusMonths(6).plusDays(1).toInstant()));
  }

  @Test
  @DisplayName("Camunda's password policy holds for accounts other than the demo's")
  void passwordPolicy() {
    User weak = identityService.newUser("tpolicy");
    weak.setFirstName("策略");
    weak.setLastName("");
    weak.setPassword("demo");
    assertThatThrownBy(() -> identityService.saveUser(weak)).isInstanceOf(ProcessEngineException.class);
    assertThat(identityService.createUserQuery().userId("tpolicy").count()).isZero();
  }
}
