package cn.wast.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What operations watch: health with database and mail, Prometheus metrics, logs that name the instance. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends IntakeTestBase {

  @Autowired Outbox outbox;

  @Test
  @DisplayName("Health is UP with the database and the mail server, without a login")
  void health() {
    Response health = WebappSession.anonymous(port).get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text()).contains("\"status\":\"UP\"", "\"db\":{\"status\":\"UP\"", "\"mail\":{\"status\":\"UP\"");
  }

  @Test
  @DisplayName("Prometheus metrics count the outbox backlog and the open incidents")
  void outboxAndIncidentMetrics() {
    openRound();
    long pending = outbox.countPending();
    assertThat(pending).isPositive();
    assertThat(metrics().text())
        .contains("capacity_outbox_backlog " + (double) pending, "capacity_incidents_open 0.0");
    deliveredMail();
    assertThat(metrics().text())
        .contains("capacity_outbox_backlog 0.0");
  }

  /** The metrics as Prometheus reads them, with an administrator's credentials. */
  private Response metrics() {
    return WebappSession.anonymous(port).withBasicAuth("admin", "demo").get("/actuator/prometheus");
  }

  @Test
  @DisplayName("A log line written during a step names its process instance and business key")
  void logsNameTheInstance(CapturedOutput output) {
    openRound();
    uploadBoardResolution("WHDJ");
    ProcessInstance application = apply("WHDJ");
    executeDueJobs();
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));
    assertThat(output.getOut()).containsPattern("\\[" + application.getId() + "] \\[APP-" + year()
        + "-WHDJ] .*Mail APPLICATION_ACCEPTED to .* queued");
  }
}
