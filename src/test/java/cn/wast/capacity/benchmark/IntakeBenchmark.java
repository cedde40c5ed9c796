package cn.wast.capacity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.ManySocieties;
import cn.wast.capacity.support.WebappSession;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Intake against its fair baseline, in one run: an application is submitted by its society
 * through the start form (signed in, authorizations checked) and its jobs run until it waits at
 * 形式审查; a bare item is a {@link BareProcess} started by the same society through its start
 * form, with as many transactions as the application took (counted in the warm-up, not assumed)
 * and its jobs run until it waits at its user task. Real and bare items alternate in blocks of
 * {@value #BLOCK}, each item timed with {@link Timings}; the office overview is opened after each
 * counted block of applications (the tables changed since the last time).
 */
@Tag("benchmark")
class IntakeBenchmark extends IntakeTestBase {

  private static final int APPLICATIONS = BenchmarkReport.scaled(1000, 20);
  private static final int BLOCK = 10;

  @Autowired SocietyRegistry registry;
  @Value("${spring.datasource.url}") String datasourceUrl;

  @Test
  void applicationsToFirstUserTaskAgainstFairBaseline() {
    BenchmarkReport report = new BenchmarkReport("intake", datasourceUrl);
    ManySocieties many = new ManySocieties(registry, identityService, jdbc, "BI", BLOCK + APPLICATIONS).create(year());
    RealAndBare intake = new RealAndBare("start", BLOCK);
    Timings overview = new Timings();
    TreeSet<Integer> jobsPerApplication = new TreeSet<>();
    try {
      openRound();
      many.codes().forEach(this::uploadBoardResolution);
      List<String> warmUp = many.codes().subList(0, BLOCK);
      List<String> counted = many.codes().subList(BLOCK, many.codes().size());

      warmUp.forEach(code -> jobsPerApplication.add(intake.real(() -> applyUntilFirstTask(code))));
      int transactions = 1 + jobsPerApplication.last();
      WebappSession office = WebappSession.login(port, OFFICE, "demo");
      assertThat(office.get("/office/").status()).as("the overview's warm-up").isEqualTo(200);
      try (BareProcess bare = new BareProcess(engine, transactions - 1)) {
        warmUp.forEach(code -> intake.bare(() -> bareUntilTask(code)));
        for (int from = 0; from < counted.size(); from += BLOCK) {
          List<String> block = counted.subList(from, Math.min(from + BLOCK, counted.size()));
          boolean realFirst = from / BLOCK % 2 == 0;
          if (!realFirst) {
            block.forEach(code -> intake.bare(() -> bareUntilTask(code)));
          }
          block.forEach(code -> jobsPerApplication.add(intake.real(() -> applyUntilFirstTask(code))));
          if (realFirst) {
            block.forEach(code -> intake.bare(() -> bareUntilTask(code)));
          }
          long started = System.nanoTime();
          assertThat(office.get("/office/").status()).isEqualTo(200);
          overview.record(System.nanoTime() - started, -1);
        }

        int total = BLOCK + APPLICATIONS;
        assertThat(taskService.createTaskQuery().taskDefinitionKey("FormalReview").count())
            .as("applications waiting at 形式审查").isEqualTo(total);
        assertThat(rows("mail_outbox WHERE mail_type = 'APPLICATION_RECEIVED'")).isEqualTo(total);
        assertThat(taskService.createTaskQuery().processDefinitionKey(BareProcess.KEY).taskDefinitionKey(BareProcess.TASK)
            .count()).as("bare items waiting at their task").isEqualTo(total);
        WebappSession.Response last = office.get("/office/");
        assertThat(last.text()).contains("<tr data-stage=\"形式审查\">", "<td class=\"count\">" + total + "</td>");

        report.labelledFigure("fair", "%d applications, %d engine transactions each (jobs per application %s), bare the same "
                + "as the same societies, blocks of %d interleaved; %s", APPLICATIONS, transactions, jobsPerApplication,
            BLOCK, intake.figures());
        report.figure("application: %s", intake.realTimings().summary());
        report.figure("bare: %s", intake.bareTimings().summary());
        report.figure("office overview (/office/) after each block of applications, up to %d: wall p50 %.0f ms, "
            + "p95 %.0f ms", total, overview.wallPercentileMillis(50), overview.wallP95Millis());
        report.write();
      }
    } finally {
      wipeProgrammeRecords();
      many.remove();
    }
  }

  /** The society submits; the jobs its submission left run. Returns how many there were. */
  private int applyUntilFirstTask(String code) {
    apply(code);
    return executeDueJobs();
  }

  private int bareUntilTask(String code) {
    startForm(DemoUsers.userOf(code), BareProcess.KEY, BareProcess.startForm(year(), code));
    return executeDueJobs();
  }
}
