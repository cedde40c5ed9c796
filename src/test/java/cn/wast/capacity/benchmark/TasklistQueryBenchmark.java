package cn.wast.capacity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.ProcessTestBase;
import cn.wast.capacity.support.WebappSession;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * What Tasklist asks when an expert opens it: the first page of the shared filter 我的待办,
 * newest first, and the filter's count, as that expert (authorizations checked), each timed on
 * its own (wall-clock p95 and thread CPU). Between two repeats a task of another expert is
 * started or completed, as happens all the time on a working system, so that no database can
 * answer a repeat from the result of the one before (H2 keeps the result of a query until a table
 * it read changes); the untouched repeats are timed too, to show what that cache would hide.
 * Then the same through the REST API the Tasklist webapp calls, as the expert's signed-in
 * session: the filter's list as HAL (page, count and what the list shows beside each task).
 * With 100 open tasks assigned to the expert, then 10,000 (or the run's scale of it).
 */
@Tag("benchmark")
class TasklistQueryBenchmark extends ProcessTestBase {

  private static final String EXPERT = "expert1";
  private static final String OTHER_EXPERT = "expert2";
  private static final String PASSWORD = "demo";
  private static final String FILTER = "我的待办";
  private static final int FEW = 100;
  private static final int MANY = BenchmarkReport.scaled(10_000, FEW * 2);
  private static final int PAGE = 15;
  private static final int WARM_UP = 20;
  private static final int REPEATS = 100;
  private static final String HAL_LIST_BODY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  @Autowired FilterService filterService;
  @Value("${spring.datasource.url}") String datasourceUrl;

  /** The timings at one number of open tasks. */
  private record Sample(int openTasks, Timings page, Timings count, Timings identicalPage, Timings identicalCount,
      Timings rest) {}

  @Test
  void expertsTaskList() {
    BenchmarkReport report = new BenchmarkReport("tasklist-query", datasourceUrl);
    String filterId = filterService.createFilterQuery().filterName(FILTER).singleResult().getId();
    WebappSession tasklist = WebappSession.login(port, EXPERT, PASSWORD).withHeader("Accept", "application/hal+json");
    try (BareProcess bare = new BareProcess(repositoryService, runtimeService, taskService)) {
      startTasks(bare, EXPERT, FEW);
      Sample few = measure(bare, tasklist, filterId, FEW);
      startTasks(bare, EXPERT, MANY - FEW);
      Sample many = measure(bare, tasklist, filterId, MANY);
      for (Sample sample : List.of(few, many)) {
        report.figure("%d open tasks: page of %d, %s", sample.openTasks(), PAGE, sample.page().summary());
        report.figure("%d open tasks: count, %s", sample.openTasks(), sample.count().summary());
        report.figure("%d open tasks: identical repeats (nothing changed between them): page %s; count %s",
            sample.openTasks(), sample.identicalPage().summary(), sample.identicalCount().summary());
        report.figure("%d open tasks: REST filter list as HAL (page, count and embedded), %s",
            sample.openTasks(), sample.rest().summary());
      }
      report.figure("p95 page %.2f ms at %d against %.2f ms at %d, ratio %.2f; p95 count %.2f ms against %.2f ms, "
              + "ratio %.2f; REST p95 %.2f ms against %.2f ms, ratio %.2f; identical repeats: page ratio %.2f",
          many.page().wallP95Millis(), MANY, few.page().wallP95Millis(), FEW, ratio(many, few, Sample::page),
          many.count().wallP95Millis(), few.count().wallP95Millis(), ratio(many, few, Sample::count),
          many.rest().wallP95Millis(), few.rest().wallP95Millis(), ratio(many, few, Sample::rest),
          ratio(many, few, Sample::identicalPage));
      report.write();
    }
  }

  private static double ratio(Sample many, Sample few, Function<Sample, Timings> kind) {
    return kind.apply(many).wallP95Millis() / kind.apply(few).wallP95Millis();
  }

  /** Starts the tasks on four threads: their making is not what is measured. */
  private void startTasks(BareProcess bare, String assignee, int count) {
    ForkJoinPool starters = new ForkJoinPool(4);
    try {
      starters.submit(() -> IntStream.range(0, count).parallel().forEach(i -> bare.start(assignee))).join();
    } finally {
      starters.shutdown();
    }
  }

  private Sample measure(BareProcess bare, WebappSession tasklist, String filterId, int openTasks) {
    Sample sample = new Sample(openTasks, new Timings(), new Timings(), new Timings(), new Timings(), new Timings());
    Timings warmUp = new Timings();
    String otherTask = null;
    for (int run = -WARM_UP; run < REPEATS; run++) {
      otherTask = touch(bare, otherTask);
      boolean timed = run >= 0;
      queryOnce(filterId, openTasks, timed ? sample.page() : warmUp, timed ? sample.count() : warmUp);
    }
    for (int run = 0; run < REPEATS; run++) {
      queryOnce(filterId, openTasks, sample.identicalPage(), sample.identicalCount());
    }
    for (int run = -WARM_UP; run < REPEATS; run++) {
      otherTask = touch(bare, otherTask);
      restOnce(tasklist, filterId, openTasks, run >= 0 ? sample.rest() : warmUp);
    }
    if (otherTask != null) {
      bare.complete(otherTask);
    }
    return sample;
  }

  /** Starts a task of another expert, or completes the one started before: the tables the query reads change. */
  private String touch(BareProcess bare, String otherTask) {
    if (otherTask == null) {
      return bare.start(OTHER_EXPERT);
    }
    bare.complete(otherTask);
    return null;
  }

  /** Times the page and the count as the expert; checks that the expert sees exactly their open tasks. */
  private void queryOnce(String filterId, int openTasks, Timings pageTimings, Timings countTimings) {
    List<Task> page = pageTimings.time(() -> as(EXPERT, () -> filterService.listPage(filterId, newestFirst(), 0, PAGE)));
    long count = countTimings.time(() -> as(EXPERT, () -> filterService.count(filterId)));
    assertThat(page).hasSize(PAGE).allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo(EXPERT));
    assertThat(count).isEqualTo(openTasks);
  }

  /** Times the filter's list as the Tasklist webapp asks for it, as the expert's session; checks the count. */
  private void restOnce(WebappSession tasklist, String filterId, int openTasks, Timings timings) {
    long started = System.nanoTime();
    WebappSession.Response response = tasklist.sendJson("POST",
        "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE, HAL_LIST_BODY);
    timings.record(System.nanoTime() - started, -1);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.text()).contains("\"count\":" + openTasks).doesNotContain(OTHER_EXPERT);
  }

  private TaskQuery newestFirst() {
    return taskService.createTaskQuery().orderByTaskCreateTime().desc();
  }
}
