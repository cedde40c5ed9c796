package cn.wast.capacity.load;

import cn.wast.capacity.benchmark.Timings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the rush's users waited for, per action and per path (the application, or the bare
 * one-task process timed in the alternating windows): wall-clock times merged from every
 * thread, errors counted. Prints and writes the table.
 */
final class RushFigures {

  /** The timed actions, with the target for each (p95, p99 for submit's second figure). */
  enum Action {
    LOGIN("login", "-", false),
    SOCIETY_PAGE("/society", "p95 ≤ 500 ms", false),
    UPLOAD("upload 2–10 MB PDF", "p95 ≤ 3 s (10 MB)", false),
    START_FORM("start form", "p95 ≤ 500 ms", true),
    SUBMIT("submit", "p95 ≤ 1 s, p99 ≤ 2 s", true),
    OFFICE_LIST("office Tasklist page + count", "p95 ≤ 500 ms", true),
    EXPERT_LIST("expert Tasklist page + count", "p95 ≤ 300 ms", true),
    VERDICT("eligibility verdict after submit", "≤ 15 s", false),
    RECEIPT_MAIL("receipt mail after submit", "≤ 1 min", false),
    NODE_BACK("node restarted → serving (health UP + login)", "≤ 20 s", false);

    final String label;
    final String target;
    final boolean hasBare;

    Action(String label, String target, boolean hasBare) {
      this.label = label;
      this.target = target;
      this.hasBare = hasBare;
    }
  }

  private final Map<Action, Timings> real = new EnumMap<>(Action.class);
  private final Map<Action, Timings> bare = new EnumMap<>(Action.class);
  private final Map<Action, AtomicInteger> errors = new EnumMap<>(Action.class);

  RushFigures() {
    for (Action action : Action.values()) {
      real.put(action, new Timings());
      bare.put(action, new Timings());
      errors.put(action, new AtomicInteger());
    }
  }

  /** Times the action as a user waits for it; an exception counts as an error and is thrown on. */
  <T> T time(Action action, boolean onBare, Callable<T> work) {
    long started = System.nanoTime();
    try {
      T result = work.call();
      record(action, onBare, System.nanoTime() - started);
      return result;
    } catch (RuntimeException e) {
      errors.get(action).incrementAndGet();
      throw e;
    } catch (Exception e) {
      errors.get(action).incrementAndGet();
      throw new IllegalStateException(e);
    }
  }

  void record(Action action, boolean onBare, long wallNanos) {
    Timings timings = (onBare ? bare : real).get(action);
    synchronized (timings) {
      timings.record(wallNanos, -1);
    }
  }

  void error(Action action) {
    errors.get(action).incrementAndGet();
  }

  int count(Action action) {
    return real.get(action).count();
  }

  double p95(Action action) {
    return real.get(action).wallP95Millis();
  }

  /** The table: action, n, p50, p95, p99, target, bare p95, real ÷ bare, errors. */
  List<String> table() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-46s %6s %9s %9s %9s  %-22s %9s %6s %6s", "action", "n", "p50 ms",
        "p95 ms", "p99 ms", "target", "bare p95", "ratio", "errors"));
    for (Action action : Action.values()) {
      Timings timings = real.get(action);
      if (timings.count() == 0) {
        lines.add(String.format(Locale.ROOT, "%-46s %6d %9s %9s %9s  %-22s %9s %6s %6d", action.label, 0, "-", "-", "-",
            action.target, "-", "-", errors.get(action).get()));
        continue;
      }
      Timings baseline = bare.get(action);
      boolean withBare = action.hasBare && baseline.count() > 0;
      double p95 = timings.wallP95Millis();
      lines.add(String.format(Locale.ROOT, "%-46s %6d %9.1f %9.1f %9.1f  %-22s %9s %6s %6d", action.label,
          timings.count(), timings.wallPercentileMillis(50), p95, timings.wallPercentileMillis(99), action.target,
          withBare ? String.format(Locale.ROOT, "%.1f", baseline.wallP95Millis()) : "-",
          withBare ? String.format(Locale.ROOT, "%.2f", p95 / baseline.wallP95Millis()) : "-",
          errors.get(action).get()));
      if (withBare) {
        lines.add(String.format(Locale.ROOT, "%-46s %6d %9.1f %9.1f %9.1f", "  bare: " + action.label, baseline.count(),
            baseline.wallPercentileMillis(50), baseline.wallP95Millis(), baseline.wallPercentileMillis(99)));
      }
    }
    return lines;
  }

  /** Prints the heading, the table and the notes, and writes them to {@code file}. */
  void write(Path file, List<String> heading, List<String> notes) {
    List<String> all = new ArrayList<>(heading);
    all.addAll(table());
    all.addAll(notes);
    all.forEach(line -> System.out.println("LOAD " + line));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, all, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
