package cn.wast.capacity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.ProcessTestBase;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * What Tasklist asks when an expert opens it: the first page of the shared filter 我的待办,
 * newest first, and the filter's count, as that expert (authorizations checked). Timed with 100
 * open tasks assigned to the expert, then with 10,000 (or the run's scale of it).
 */
@Tag("benchmark")
class TasklistQueryBenchmark extends ProcessTestBase {

  private static final String EXPERT = "expert1";
  private static final String FILTER = "我的待办";
  private static final int FEW = 100;
  private static final int MANY = BenchmarkReport.scaled(10_000, FEW * 2);
  private static final int PAGE = 15;
  private static final int WARM_UP = 20;
  private static final int REPEATS = 50;

  @Autowired FilterService filterService;
  @Value("${spring.datasource.url}") String datasourceUrl;

  @Test
  void expertsTaskList() {
    BenchmarkReport report = new BenchmarkReport("tasklist-query", datasourceUrl);
    String filterId = filterService.createFilterQuery().filterName(FILTER).singleResult().getId();
    try (BareProcess bare = new BareProcess(repositoryService, runtimeService, taskService)) {
      startTasks(bare, FEW);
      double fewMillis = medianMillis(filterId, FEW);
      startTasks(bare, MANY - FEW);
      double manyMillis = medianMillis(filterId, MANY);
      report.figure("first page of %d and count, %d open tasks %.2f ms, %d open tasks %.2f ms, ratio %.2f",
          PAGE, MANY, manyMillis, FEW, fewMillis, manyMillis / fewMillis);
      report.write();
    }
  }

  private void startTasks(BareProcess bare, int count) {
    for (int i = 0; i < count; i++) {
      bare.start(EXPERT);
    }
  }

  /** The median time of the page and count query; checks that the expert sees exactly their open tasks. */
  private double medianMillis(String filterId, int openTasks) {
    double[] millis = new double[REPEATS];
    for (int run = -WARM_UP; run < REPEATS; run++) {
      long started = System.nanoTime();
      List<Task> page = as(EXPERT, () -> filterService.listPage(filterId, newestFirst(), 0, PAGE));
      long count = as(EXPERT, () -> filterService.count(filterId));
      if (run >= 0) {
        millis[run] = (System.nanoTime() - started) / 1e6;
      }
      assertThat(page).hasSize(PAGE).allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo(EXPERT));
      assertThat(count).isEqualTo(openTasks);
    }
    Arrays.sort(millis);
    return millis[REPEATS / 2];
  }

  private TaskQuery newestFirst() {
    return taskService.createTaskQuery().orderByTaskCreateTime().desc();
  }
}
