package cn.wast.capacity.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.Groups;
import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.WebappSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue finding 2: wrong passwords from a stranger never lock an account for good. Over real
 * HTTP, through the webapps' login and HTTP Basic, with the engine clock moved between attempts
 * and the client address set by {@code X-Forwarded-For} from loopback, a trusted proxy. Each
 * test has a user and addresses of its own, since the log (which the throttle counts) stays.
 */
@CapacityTest
class LoginLockoutTest {

  static final String PASSWORD = "Right-Pass-2026";
  static final String THROTTLED = "登录失败次数过多";
  static final AtomicInteger USERS = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  final List<String> users = new ArrayList<>();
  Instant now;

  @BeforeEach
  void clock() {
    now = Instant.now();
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void removeUsers() {
    ClockUtil.reset();
    users.forEach(identityService::deleteUser);
  }

  @Test
  @DisplayName("Eleven wrong passwords a minute apart, then the lock's time: the owner's right password is accepted")
  void noPermanentLock() {
    String user = newUser();
    for (int i = 0; i < 11; i++) {
      later(61);
      from("198.51.100.11").tryLogin(user, "wrong-" + i);
    }
    later(16 * 60);
    assertThat(from("198.51.100.12").tryLogin(user, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("Twenty failures from one address lock the user for a while, unchecked; then the owner logs in from another; all 21 logged")
  void temporaryLock() {
    String user = newUser();
    WebappSession.Response last = null;
    for (int i = 1; i <= 20; i++) {
      later(61);
      last = from("198.51.100.21").tryLogin(user, "wrong-" + i);
      if (i <= 10) {
        assertThat(last.status()).as("attempt %d is checked", i).isEqualTo(401);
      } else {
        assertThat(last.status()).as("attempt %d is refused", i).isEqualTo(429);
        assertThat(last.text()).contains(THROTTLED).contains("自动恢复");
        assertThat(last.header("Retry-After")).isPresent();
      }
    }
    // the engine checked the first ten only: the refused ones never reached the password
    assertThat(((UserEntity) identityService.createUserQuery().userId(user).singleResult()).getAttempts()).isEqualTo(10);

    later(Long.parseLong(last.header("Retry-After").orElseThrow()));
    assertThat(from("198.51.100.22").tryLogin(user, PASSWORD).status()).isEqualTo(200);

    List<String> log = jdbc.queryForList(
        "SELECT outcome || ' ' || client_address FROM login_log WHERE user_id = ? ORDER BY id", String.class, user);
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      expected.add((i < 10 ? "FAILED" : i == 10 ? "LOCKED" : "THROTTLED") + " 198.51.100.21");
    }
    expected.add("SUCCEEDED 198.51.100.22");
    assertThat(log).containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("An address that fails for many user ids waits longer and longer, for every user; other addresses do not")
  void throttledAddress() {
    String user = newUser();
    String address = "198.51.100.31";
    for (int i = 0; i < 10; i++) {
      assertThat(from(address).tryLogin("tnobody" + i, "guess").status()).isEqualTo(401);
    }
    WebappSession.Response refused = from(address).tryLogin(user, PASSWORD);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.text()).contains("网络地址").contains(THROTTLED);

    int checked = 0;
    for (int second = 1; second <= 60; second++) {
      later(1);
      int status = from(address).tryLogin("tnobody" + (10 + second), "guess").status();
      assertThat(status).isIn(401, 429);
      checked += status == 401 ? 1 : 0;
    }
    // waits of 1, 2, 4, 8, 16 and 32 seconds: five guesses in a minute, not sixty
    assertThat(checked).isEqualTo(5);
    assertThat(from("198.51.100.32").tryLogin(user, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("HTTP Basic to the engine REST API and the metrics is throttled the same way, with 429 and Retry-After")
  void restBasic() {
    String user = newUser();
    for (int i = 0; i < 3; i++) {
      assertThat(from("198.51.100.41").withBasicAuth(user, "wrong").get("/engine-rest/task").status()).isEqualTo(401);
    }
    WebappSession.Response refused = from("198.51.100.41").withBasicAuth(user, PASSWORD).get("/engine-rest/task");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.text()).contains(THROTTLED).contains("秒后再试");
    assertThat(refused.header("Retry-After")).contains("1");
    assertThat(from("198.51.100.42").withBasicAuth(user, PASSWORD).get("/actuator/prometheus").status())
        .isEqualTo(429);

    later(1);
    assertThat(from("198.51.100.42").withBasicAuth(user, PASSWORD).get("/engine-rest/task").status()).isEqualTo(200);
    assertThat(jdbc.queryForList("SELECT channel || ' ' || outcome FROM login_log WHERE user_id = ? ORDER BY id",
        String.class, user)).containsExactly("REST FAILED", "REST FAILED", "REST FAILED", "REST THROTTLED",
        "METRICS THROTTLED", "REST SUCCEEDED");
  }

  @Test
  @DisplayName("Twenty parallel guesses at a user who has failed: one is checked, the others refused unchecked")
  void parallelGuesses() throws Exception {
    String user = newUser();
    for (int i = 0; i < 3; i++) {
      from("198.51.100.71").withBasicAuth(user, "wrong").get("/engine-rest/task");
    }
    later(1);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String address = "198.51.100." + (100 + i);
        answers.add(pool.submit(() -> {
          start.await();
          return from(address).withBasicAuth(user, "parallel-guess").get("/engine-rest/task").status();
        }));
      }
      start.countDown();
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).isIn(401, 429);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(((UserEntity) identityService.createUserQuery().userId(user).singleResult()).getAttempts()).isEqualTo(4);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_log WHERE user_id = ? AND outcome = 'THROTTLED'",
        Integer.class, user)).isEqualTo(19);
  }

  private String newUser() {
    String id = "tlockout" + USERS.incrementAndGet();
    User user = identityService.newUser(id);
    user.setFirstName("锁定测试");
    user.setLastName("");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(id, Groups.EXPERTS); // a Tasklist user
    users.add(id);
    return id;
  }

  private void later(long seconds) {
    now = now.plusSeconds(seconds);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private WebappSession from(String address) {
    return WebappSession.anonymous(port).withHeader("X-Forwarded-For", address);
  }
}
