package cn.wast.capacity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.ManySocieties;
import cn.wast.capacity.support.ReviewTestBase;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A whole round as the office, the societies and the six demo experts live it: the applications
 * are received, checked and accepted, the committee is formed with five experts on each
 * application, every seat is scored, the ranking is confirmed, the clock passes the notice period
 * and the round ends with the quota commended. Its engine transactions (form submissions, claims,
 * jobs) per second against the same count of bare transactions (start or complete a one-task
 * process).
 */
@Tag("benchmark")
class WholeRoundBenchmark extends ReviewTestBase {

  private static final int APPLICATIONS = BenchmarkReport.scaled("whole-round", 1000, 20);
  private static final int EXPERTS_PER_APPLICATION = 5;
  private static final int QUOTA = 10;

  @Autowired SocietyRegistry registry;
  @Value("${spring.datasource.url}") String datasourceUrl;

  private int transactions;
  private final Map<String, Double> phaseSeconds = new LinkedHashMap<>();

  @Test
  void wholeRound() {
    BenchmarkReport report = new BenchmarkReport("whole-round", datasourceUrl);
    ManySocieties many = new ManySocieties(registry, identityService, jdbc, "BR", APPLICATIONS).create(year());
    try (BareProcess bare = new BareProcess(repositoryService, runtimeService, taskService)) {
      many.codes().forEach(this::uploadBoardResolution);
      long started = System.nanoTime();
      ProcessInstance round = runRound(many.codes());
      double roundSeconds = BenchmarkReport.secondsSince(started);

      assertThat(round).isEnded();
      assertThat(rows("award")).as("awards").isEqualTo(QUOTA);
      assertThat(rows("review_result")).isEqualTo(APPLICATIONS);
      assertThat(rows("review_assignment WHERE status = 'SCORED'")).isEqualTo(APPLICATIONS * EXPERTS_PER_APPLICATION);
      assertThat(rows("application WHERE status = 'NOT_SELECTED'")).isEqualTo(APPLICATIONS - QUOTA);

      double bareSeconds = bare.runTransactions(transactions);
      double rate = transactions / roundSeconds;
      double bareRate = transactions / bareSeconds;
      report.figure("%d applications x %d experts, %d transactions in %.1f s, %.1f/s, bare %.1f/s, ratio %.3f",
          APPLICATIONS, EXPERTS_PER_APPLICATION, transactions, roundSeconds, rate, bareRate, rate / bareRate);
      StringBuilder phases = new StringBuilder();
      phaseSeconds.forEach((phase, seconds) -> phases.append(BenchmarkReport.format(" %s %.1f s,", phase, seconds)));
      report.figure("phases:%s", phases.substring(0, phases.length() - 1));
      report.write();
    } finally {
      wipeProgrammeRecords();
      many.remove();
    }
  }

  private ProcessInstance runRound(List<String> codes) {
    long phase = System.nanoTime();
    Map<String, Object> form = roundForm();
    form.put("quota", QUOTA);
    ProcessInstance round = startForm(OFFICE, "round", form);
    transactions++;
    jobs();
    for (String code : codes) {
      ProcessInstance application = apply(code);
      transactions++;
      jobs();
      officeCompletes(singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));
    }
    setClock(formalReviewDeadline().plusDays(1), LocalTime.of(9, 0));
    jobs();
    phase = endPhase("intake", phase);

    Map<String, Object> committee = new HashMap<>();
    committee.put("committeeExperts", EXPERTS);
    committee.put("expertsPerApplication", EXPERTS_PER_APPLICATION);
    officeCompletes(officeTask(round, "FormCommittee"), committee);
    jobs(); // each application's review starts on its own
    phase = endPhase("committee", phase);

    for (String expert : EXPERTS) {
      for (Task task : scoringTasks(expert)) {
        String key = applicationOf(expert, task);
        score(expert, task, scores(scoreOf(codes.indexOf(key.substring(key.lastIndexOf('-') + 1)))));
        transactions++;
      }
    }
    jobs();
    phase = endPhase("scoring", phase);

    officeCompletes(officeTask(round, "ConfirmProposedList"), Map.of("proposedListConfirmed", true));
    Instant noticeEnds = notices.findByRound(year()).stream().map(NoticeEntry::endsAt).max(Instant::compareTo).orElseThrow();
    phase = endPhase("ranking", phase);

    setClock(noticeEnds.plusSeconds(60));
    jobs();
    endPhase("commendation", phase);
    return round;
  }

  /**
   * Scores to the scale's one decimal, highest first, spread over 95 to 15 in steps of at least
   * 0.1: distinct across the quota boundary, so that no tie falls on it (past 800 applications the
   * last ones share 15.0).
   */
  private static double scoreOf(int position) {
    double step = Math.max(0.1, Math.floor(800.0 / APPLICATIONS) / 10);
    return Math.round(Math.max(15.0, 95.0 - step * position) * 10) / 10.0;
  }

  /** A claim and a form submission: two transactions. */
  private void officeCompletes(Task task, Map<String, Object> form) {
    claimAndComplete(OFFICE, task, form);
    transactions += 2;
  }

  private void jobs() {
    transactions += executeDueJobs();
  }

  private long endPhase(String name, long startedNanos) {
    phaseSeconds.put(name, BenchmarkReport.secondsSince(startedNanos));
    System.out.println("whole round: " + name + " done in " + BenchmarkReport.format("%.1f s", phaseSeconds.get(name)));
    return System.nanoTime();
  }
}
