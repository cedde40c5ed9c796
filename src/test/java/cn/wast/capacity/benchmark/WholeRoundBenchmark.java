package cn.wast.capacity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.ManySocieties;
import cn.wast.capacity.support.ReviewTestBase;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
 * and the round ends with the quota commended. Counted per user action, each timed with
 * {@link Timings} together with the jobs it left (a job is part of the action that caused it):
 * a start (the office's round, each society's application), a claim and completion of a task as
 * Tasklist does them (formal review, committee, confirmation of the ranking), a score. The
 * baseline is the same count of user actions of the same kind on a {@link BareProcess}, as the
 * same users, interleaved with the real ones in blocks of {@value #BLOCK}. The phase times are
 * the real round's: the baseline's time is left out of them.
 */
@Tag("benchmark")
class WholeRoundBenchmark extends ReviewTestBase {

  private static final int APPLICATIONS = BenchmarkReport.scaled("whole-round", 1000, 20);
  private static final int EXPERTS_PER_APPLICATION = 5;
  private static final int QUOTA = 10;
  private static final int BLOCK = 10;

  @Autowired SocietyRegistry registry;
  @Value("${spring.datasource.url}") String datasourceUrl;

  private final RealAndBare starts = new RealAndBare("start", BLOCK);
  private final RealAndBare tasks = new RealAndBare("claim+complete", BLOCK);
  private final RealAndBare scoring = new RealAndBare("score", BLOCK);
  /** Bare instances waiting at their office task, in the order they were started. */
  private final Deque<String> bareAtOfficeTask = new ArrayDeque<>();
  private final Map<String, Double> phaseSeconds = new LinkedHashMap<>();
  private BareProcess bare;
  private long phaseStarted;
  private long bareNanos;
  private long bareNanosAtPhaseStart;

  @Test
  void wholeRound() {
    BenchmarkReport report = new BenchmarkReport("whole-round", datasourceUrl);
    ManySocieties many = new ManySocieties(registry, identityService, jdbc, "BR", APPLICATIONS).create(year());
    try (BareProcess bare = new BareProcess(engine, 0)) {
      this.bare = bare;
      many.codes().forEach(this::uploadBoardResolution);
      long started = System.nanoTime();
      ProcessInstance round = runRound(many.codes());
      double roundSeconds = BenchmarkReport.secondsSince(started) - bareNanos / 1e9;

      assertThat(round).isEnded();
      assertThat(rows("award")).as("awards").isEqualTo(QUOTA);
      assertThat(rows("review_result")).isEqualTo(APPLICATIONS);
      assertThat(rows("review_assignment WHERE status = 'SCORED'")).isEqualTo(APPLICATIONS * EXPERTS_PER_APPLICATION);
      assertThat(rows("application WHERE status = 'NOT_SELECTED'")).isEqualTo(APPLICATIONS - QUOTA);
      assertThat(taskService.createTaskQuery().processDefinitionKey(BareProcess.KEY).count())
          .as("bare tasks left open").isZero();

      RealAndBare all = RealAndBare.together("all", starts, tasks, scoring);
      report.figure("%d applications x %d experts, %d user actions in %.1f s (without the baseline's time); "
              + "per user action, interleaved with the same actions on the bare process as the same users: %s",
          APPLICATIONS, EXPERTS_PER_APPLICATION, APPLICATIONS * (2 + EXPERTS_PER_APPLICATION) + 3, roundSeconds,
          all.figures());
      for (RealAndBare kind : List.of(starts, tasks, scoring)) {
        report.figure("%s: %s", kind.kind(), kind.figures());
      }
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
    phaseStarted = System.nanoTime();
    Map<String, Object> form = roundForm();
    form.put("quota", QUOTA);
    ProcessInstance round = starts.real(() -> {
      ProcessInstance started = startForm(OFFICE, "round", form);
      executeDueJobs();
      return started;
    });
    onBare(() -> bareStart(OFFICE, codes.get(0)));
    for (int from = 0; from < codes.size(); from += BLOCK) {
      List<String> block = codes.subList(from, Math.min(from + BLOCK, codes.size()));
      List<ProcessInstance> applications = new ArrayList<>();
      interleaved(from / BLOCK,
          () -> block.forEach(code -> applications.add(starts.real(() -> {
            ProcessInstance application = apply(code);
            executeDueJobs();
            return application;
          }))),
          () -> block.forEach(code -> bareStart(DemoUsers.userOf(code), code)));
      interleaved(from / BLOCK,
          () -> applications.forEach(application -> tasks.real(() -> {
            claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));
            executeDueJobs();
          })),
          () -> block.forEach(code -> bareOfficeTask()));
    }
    setClock(formalReviewDeadline().plusDays(1), LocalTime.of(9, 0));
    executeDueJobs();
    endPhase("intake");

    Map<String, Object> committee = new HashMap<>();
    committee.put("committeeExperts", EXPERTS);
    committee.put("expertsPerApplication", EXPERTS_PER_APPLICATION);
    tasks.real(() -> {
      claimAndComplete(OFFICE, officeTask(round, "FormCommittee"), committee);
      executeDueJobs(); // each application's review starts on its own
    });
    onBare(this::bareOfficeTask);
    endPhase("committee");

    for (String expert : EXPERTS) {
      List<Task> mine = scoringTasks(expert);
      List<Map<String, Object>> forms = new ArrayList<>();
      for (Task task : mine) {
        String key = applicationOf(expert, task);
        forms.add(scores(scoreOf(codes.indexOf(key.substring(key.lastIndexOf('-') + 1)))));
      }
      List<Task> bareTasks = onBare(() -> bareScoringTasks(expert, mine.size()));
      for (int from = 0; from < mine.size(); from += BLOCK) {
        int first = from;
        int last = Math.min(from + BLOCK, mine.size());
        interleaved(from / BLOCK,
            () -> {
              for (int i = first; i < last; i++) {
                Task task = mine.get(i);
                Map<String, Object> scored = forms.get(i);
                scoring.real(() -> {
                  score(expert, task, scored);
                  executeDueJobs();
                });
              }
            },
            () -> bareTasks.subList(first, last).forEach(task -> scoring.bare(() -> {
              score(expert, task, BareProcess.taskForm());
              executeDueJobs();
            })));
      }
    }
    executeDueJobs();
    endPhase("scoring");

    tasks.real(() -> {
      claimAndComplete(OFFICE, officeTask(round, "ConfirmProposedList"), Map.of("proposedListConfirmed", true));
      executeDueJobs();
    });
    onBare(this::bareOfficeTask);
    Instant noticeEnds = notices.findByRound(year()).stream().map(NoticeEntry::endsAt).max(Instant::compareTo).orElseThrow();
    endPhase("ranking");

    setClock(noticeEnds.plusSeconds(60));
    executeDueJobs();
    endPhase("commendation");
    return round;
  }

  /** The block's real and bare actions, the real first in even blocks and the bare first in odd ones. */
  private void interleaved(int block, Runnable real, Runnable bare) {
    if (block % 2 == 0) {
      real.run();
      onBare(bare);
    } else {
      onBare(bare);
      real.run();
    }
  }

  /** A user's start of the bare process, timed as a start; it waits at its office task. */
  private void bareStart(String userId, String societyCode) {
    bareAtOfficeTask.add(starts.bare(() -> {
      String id = startForm(userId, BareProcess.KEY, BareProcess.startForm(year(), societyCode)).getId();
      executeDueJobs();
      return id;
    }));
  }

  /** The office claims and completes the task of the bare instance waiting longest (started untimed if none waits). */
  private void bareOfficeTask() {
    if (bareAtOfficeTask.isEmpty()) {
      bareAtOfficeTask.add(startForm(OFFICE, BareProcess.KEY, BareProcess.startForm(year(), "WHSX")).getId());
    }
    String instance = bareAtOfficeTask.poll();
    tasks.bare(() -> {
      claimAndComplete(OFFICE, singleTask(OFFICE, instance), BareProcess.taskForm());
      executeDueJobs();
    });
  }

  /** As many bare tasks assigned to the expert as they have seats to score, untimed. */
  private List<Task> bareScoringTasks(String expert, int count) {
    for (int i = 0; i < count; i++) {
      bare.start(expert);
    }
    return as(expert, () -> taskService.createTaskQuery().processDefinitionKey(BareProcess.KEY).taskAssignee(expert).list());
  }

  private void onBare(Runnable work) {
    onBare(() -> {
      work.run();
      return null;
    });
  }

  /** Baseline work: its time is left out of the phase times. */
  private <T> T onBare(Supplier<T> work) {
    long started = System.nanoTime();
    try {
      return work.get();
    } finally {
      bareNanos += System.nanoTime() - started;
    }
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

  private void endPhase(String name) {
    long now = System.nanoTime();
    phaseSeconds.put(name, (now - phaseStarted - (bareNanos - bareNanosAtPhaseStart)) / 1e9);
    System.out.println("whole round: " + name + " done in " + BenchmarkReport.format("%.1f s", phaseSeconds.get(name)));
    phaseStarted = System.nanoTime();
    bareNanosAtPhaseStart = bareNanos;
  }
}
