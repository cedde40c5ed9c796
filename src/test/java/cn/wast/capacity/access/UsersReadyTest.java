package cn.wast.capacity.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.CapacityTest;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import cn.wast.capacity.tasks.TaskFilters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20: readiness is what a load balancer or a start-up measurement waits for, so it says UP
 * only once users can work (the start-up work of {@link AccessSetup} and TaskFilters is done).
 */
@CapacityTest
class UsersReadyTest {

  @LocalServerPort int port;
  @Autowired ApplicationAvailability availability;
  @Autowired AccessSetup accessSetup;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("Readiness answers UP without a login, and then a society and the office can sign in and see their lists")
  void readinessMeansUsersCanWork() {
    assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    Response readiness = WebappSession.anonymous(port).get("/actuator/health/readiness");
    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.text()).isEqualTo("{\"status\":\"UP\"}");

    WebappSession office = WebappSession.login(port, "office1", "demo");
    assertThat(office.get("/camunda/api/engine/engine/default/filter?resourceType=Task").text())
        .contains(TaskFilters.ALL, "专项办公室待办");
    assertThat(WebappSession.login(port, "whjx", "demo").get("/society").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("The overall health counts readiness, so that a health check waiting for UP waits for users too")
  void healthCountsReadiness() {
    Response health = WebappSession.anonymous(port).get("/actuator/health");
    assertThat(health.text()).contains("\"readinessState\":{\"status\":\"UP\"}");
  }

  @Test
  @DisplayName("A start on a database that holds every grant already writes none: two nodes starting together update no grant twice")
  void grantsHeldAlreadyAreNotWrittenAgain() {
    String grants = "SELECT COUNT(*) || ':' || SUM(REV_) FROM ACT_RU_AUTHORIZATION";
    String before = jdbc.queryForObject(grants, String.class);

    accessSetup.apply();

    assertThat(jdbc.queryForObject(grants, String.class)).isEqualTo(before);
  }
}
