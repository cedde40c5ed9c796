package cn.wast.capacity.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The timings of one kind of action in a benchmark: each action's wall-clock time and the CPU
 * time of the thread that ran it, so that a figure can be given both as what a user waits for
 * (wall-clock percentiles) and as what the action costs the machine (mean thread CPU, which a
 * busy neighbour on the machine moves far less). Not thread-safe: one instance per thread and
 * kind, merged with {@link #add(Timings)}.
 */
public final class Timings {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long[] wallNanos = new long[64];
  private long[] cpuNanos = new long[64];
  private int count;

  /** Runs the action on this thread and records its wall-clock and thread CPU time. */
  public <T> T time(Callable<T> action) {
    long cpuStarted = THREADS.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    try {
      return action.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      record(System.nanoTime() - started, THREADS.getCurrentThreadCpuTime() - cpuStarted);
    }
  }

  /** The same for an action without a result. */
  public void time(Runnable action) {
    time(() -> {
      action.run();
      return null;
    });
  }

  /** Records one action timed elsewhere (CPU time -1 when it was not measured, e.g. over HTTP). */
  public void record(long wall, long cpu) {
    if (count == wallNanos.length) {
      wallNanos = Arrays.copyOf(wallNanos, count * 2);
      cpuNanos = Arrays.copyOf(cpuNanos, count * 2);
    }
    wallNanos[count] = wall;
    cpuNanos[count] = cpu;
    count++;
  }

  public void add(Timings other) {
    for (int i = 0; i < other.count; i++) {
      record(other.wallNanos[i], other.cpuNanos[i]);
    }
  }

  public int count() {
    return count;
  }

  /** The wall-clock time in milliseconds below which {@code percent} of the actions finished (nearest rank). */
  public double wallPercentileMillis(double percent) {
    if (count == 0) {
      throw new IllegalStateException("nothing timed");
    }
    long[] sorted = Arrays.copyOf(wallNanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * count);
    return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
  }

  public double wallP95Millis() {
    return wallPercentileMillis(95);
  }

  public double wallMeanMillis() {
    return Arrays.stream(wallNanos, 0, count).average().orElseThrow() / 1e6;
  }

  /** The mean CPU time of the thread per action, in milliseconds; NaN when CPU time was not measured. */
  public double cpuMeanMillis() {
    if (count == 0 || Arrays.stream(cpuNanos, 0, count).anyMatch(cpu -> cpu < 0)) {
      return Double.NaN;
    }
    return Arrays.stream(cpuNanos, 0, count).average().orElseThrow() / 1e6;
  }

  /** One line: count, mean thread CPU, wall-clock p50/p95/p99. */
  public String summary() {
    return BenchmarkReport.format("n %d, cpu %.2f ms, wall p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", count,
        cpuMeanMillis(), wallPercentileMillis(50), wallP95Millis(), wallPercentileMillis(99));
  }
}
