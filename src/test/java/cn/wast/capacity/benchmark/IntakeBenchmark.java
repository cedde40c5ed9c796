package cn.wast.capacity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.ManySocieties;
import cn.wast.capacity.support.WebappSession;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Intake throughput: applications started by their societies (start form, eligibility rules as
 * the asynchronous job after it, receipt in the outbox, history FULL) until each waits at its
 * first user task, 形式审查, per second; against the same number of starts of a bare process of
 * one user task.
 */
@Tag("benchmark")
class IntakeBenchmark extends IntakeTestBase {

  private static final int APPLICATIONS = BenchmarkReport.scaled(1000, 10);

  @Autowired SocietyRegistry registry;
  @Value("${spring.datasource.url}") String datasourceUrl;

  @Test
  void applicationsToFirstUserTask() {
    BenchmarkReport report = new BenchmarkReport("intake", datasourceUrl);
    ManySocieties many = new ManySocieties(registry, identityService, jdbc, "BI", APPLICATIONS).create(year());
    try (BareProcess bare = new BareProcess(repositoryService, runtimeService, taskService)) {
      openRound();
      many.codes().forEach(this::uploadBoardResolution);

      long started = System.nanoTime();
      List<ProcessInstance> applications = new ArrayList<>();
      for (String code : many.codes()) {
        applications.add(apply(code));
      }
      executeDueJobs();
      double intakeSeconds = BenchmarkReport.secondsSince(started);

      long bareStarted = System.nanoTime();
      for (int i = 0; i < APPLICATIONS; i++) {
        bare.start("benchmark");
      }
      double bareSeconds = BenchmarkReport.secondsSince(bareStarted);

      assertThat(taskService.createTaskQuery().taskDefinitionKey("FormalReview").count())
          .as("applications waiting at 形式审查").isEqualTo(APPLICATIONS);
      assertThat(rows("mail_outbox WHERE mail_type = 'APPLICATION_RECEIVED'")).isEqualTo(APPLICATIONS);
      // The office overview of the round at this size: counted by grouped queries, not by loading it all.
      WebappSession office = WebappSession.login(port, OFFICE, "demo");
      office.get("/office/");
      long overviewStarted = System.nanoTime();
      WebappSession.Response overview = office.get("/office/");
      double overviewSeconds = BenchmarkReport.secondsSince(overviewStarted);
      assertThat(overview.status()).isEqualTo(200);
      assertThat(overview.text()).contains("<tr data-stage=\"形式审查\">", "<td class=\"count\">" + APPLICATIONS + "</td>");
      report.figure("office overview (/office/) at %d applications: %.0f ms", APPLICATIONS, overviewSeconds * 1000);
      double rate = APPLICATIONS / intakeSeconds;
      double bareRate = APPLICATIONS / bareSeconds;
      report.figure("%d applications %.1f/s, bare %.1f/s, ratio %.3f", APPLICATIONS, rate, bareRate, rate / bareRate);
      report.write();
    } finally {
      wipeProgrammeRecords();
      many.remove();
    }
  }
}
