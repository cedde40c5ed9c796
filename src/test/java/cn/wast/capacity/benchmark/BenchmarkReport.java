package cn.wast.capacity.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark on one database: each is printed as a line
 * {@code BENCHMARK <name> <db>: …} and, with {@link #write()}, kept in
 * {@code target/benchmarks/<name>-<db>.txt}. The run's size comes from
 * {@code -Dcapacity.benchmark.scale} (1, the default, is the full size of docs/benchmarks.md).
 */
final class BenchmarkReport {

  static final String SCALE_PROPERTY = "capacity.benchmark.scale";

  private final String name;
  private final String database;
  private final List<String> lines = new ArrayList<>();

  BenchmarkReport(String name, String datasourceUrl) {
    this.name = name;
    this.database = databaseOf(datasourceUrl);
  }

  static double scale() {
    return Double.parseDouble(System.getProperty(SCALE_PROPERTY, "1"));
  }

  /** The full-size count at this run's scale, at least {@code minimum}. */
  static int scaled(int fullSize, int minimum) {
    return scaled(fullSize, minimum, scale());
  }

  /**
   * The same at the scale of one benchmark's own property ({@code capacity.benchmark.<name>.scale}),
   * which falls back to the run's scale.
   */
  static int scaled(String benchmark, int fullSize, int minimum) {
    String own = System.getProperty("capacity.benchmark." + benchmark + ".scale");
    return scaled(fullSize, minimum, own == null ? scale() : Double.parseDouble(own));
  }

  private static int scaled(int fullSize, int minimum, double scale) {
    return Math.max(minimum, (int) Math.round(fullSize * scale));
  }

  /** {@code h2} or {@code postgresql}, from {@code jdbc:<db>:…}. */
  static String databaseOf(String datasourceUrl) {
    String[] parts = datasourceUrl.split(":");
    return parts.length > 1 ? parts[1] : datasourceUrl;
  }

  static double secondsSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }

  void figure(String pattern, Object... arguments) {
    line("BENCHMARK " + name + " " + database + ": " + format(pattern, arguments));
  }

  /** A figure with a label of its own after the database: {@code BENCHMARK <name> <db> <label>: …}. */
  void labelledFigure(String label, String pattern, Object... arguments) {
    line("BENCHMARK " + name + " " + database + " " + label + ": " + format(pattern, arguments));
  }

  private void line(String line) {
    System.out.println(line);
    lines.add(line);
  }

  void write() {
    Path file = Path.of("target", "benchmarks", name + "-" + database + ".txt");
    List<String> content = new ArrayList<>();
    content.add("# " + Instant.now() + ", scale " + scale() + ", " + Runtime.getRuntime().availableProcessors()
        + " processors, Java " + System.getProperty("java.version"));
    content.addAll(lines);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
