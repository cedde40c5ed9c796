package cn.wast.capacity.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.WebappSession;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The system's own pages know the user from the Camunda webapps' login ({@link CurrentUser}):
 * the login over real HTTP as {@link WebappSession} performs it, logout, a wrong password, a
 * missing CSRF header, and a group membership removed after login (it stops counting once the
 * webapps' authentication cache time has passed on the engine clock). Uses a user and group of
 * its own, removed afterwards.
 */
@CapacityTest
class WebappLoginTest {

  static final String USER = "tloginsoc";
  static final String CODE = "TLOGIN";
  static final String SOCIETY_PAGE = "先在此上传理事会（常务理事会）决议文件";
  static final String NOT_A_SOCIETY = "只有学会账号可以上传申报材料";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @BeforeEach
  void societyUser() {
    ClockUtil.reset();
    Group group = identityService.newGroup(Groups.ofSociety(CODE));
    group.setName("登录测试学会");
    identityService.saveGroup(group);
    User user = identityService.newUser(USER);
    user.setFirstName("登录测试学会");
    user.setLastName("");
    user.setPassword("demo");
    ((IdentityServiceImpl) identityService).saveUser(user, true); // a test password below the policy
    identityService.createMembership(USER, Groups.SOCIETIES);
    identityService.createMembership(USER, Groups.ofSociety(CODE));
  }

  @AfterEach
  void removeUser() {
    ClockUtil.reset();
    identityService.deleteUser(USER);
    identityService.deleteGroup(Groups.ofSociety(CODE));
  }

  @Test
  @DisplayName("After the Tasklist login our pages know the user and its society; after logout, nobody")
  void loginAndLogout() {
    WebappSession session = WebappSession.login(port, USER, "demo");
    assertThat(session.userId()).contains(USER);
    WebappSession.Response page = session.get("/documents");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(SOCIETY_PAGE).contains(USER);

    // a modifying webapp call right after login works: the session's new CSRF token was fetched
    assertThat(session.logout().status()).isEqualTo(200);
    assertThat(session.get("/documents").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("A wrong password is 401 and leaves the session anonymous; no CSRF header is 403")
  void refusedLogins() {
    WebappSession wrong = WebappSession.anonymous(port);
    assertThat(wrong.tryLogin(USER, "wrong").status()).isEqualTo(401);
    assertThat(wrong.get("/documents").status()).isEqualTo(401);

    WebappSession noHeader = WebappSession.anonymous(port).withoutXsrfHeader();
    noHeader.get(WebappSession.TASKLIST);
    assertThat(noHeader.xsrfToken()).isPresent();
    WebappSession.Response refused = noHeader.postForm(WebappSession.LOGIN_PREFIX + "tasklist",
        Map.of("username", USER, "password", "demo"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(noHeader.get("/documents").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("A membership removed after login stops counting once the webapps' auth cache time has passed")
  void removedMembershipStopsCounting() {
    WebappSession session = WebappSession.login(port, USER, "demo");
    assertThat(session.get("/documents").text()).contains(SOCIETY_PAGE);

    identityService.deleteMembership(USER, Groups.ofSociety(CODE));
    assertThat(session.get("/documents").text()).contains(SOCIETY_PAGE); // still cached
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 6 * 60 * 1000));
    WebappSession.Response page = session.get("/documents");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(NOT_A_SOCIETY).doesNotContain(SOCIETY_PAGE);
  }
}
