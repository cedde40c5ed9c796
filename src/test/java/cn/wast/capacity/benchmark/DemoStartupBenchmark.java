package cn.wast.capacity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.WebappSession;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Startup and steady memory of the packaged application in the demo profile
 * ({@code java -jar target/capacity-award-…jar}, run after {@code package}): milliseconds until
 * {@code /actuator/health} answers UP, Spring's own startup figure from the log, and a few
 * seconds later the heap used after a full GC (the JVM's figure, from {@code /actuator/prometheus})
 * and the process's resident set (VmRSS). The full run starts twice on the same database: the
 * first start on H2 creates a fresh database (schema, migrations, demo data, deployment); the
 * ratio is the second start against the first.
 */
@Tag("benchmark")
class DemoStartupBenchmark {

  /** The small CI run starts once: it keeps the benchmark working, the full run gives the ratio. */
  private static final int STARTS = BenchmarkReport.scale() >= 0.5 ? 2 : 1;
  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);
  private static final Pattern STARTED = Pattern.compile("Started \\S+ in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");
  private static final Pattern HEAP_USED =
      Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)$");
  private static final Pattern NON_HEAP_USED =
      Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"nonheap\"[^}]*} ([0-9.E+]+)$");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  record Figures(long healthUpMillis, double springSeconds, double heapAfterGcMb, double nonHeapMb, double rssMb) {}

  @Test
  void startupAndSteadyMemory() throws Exception {
    String datasourceUrl = System.getProperty("spring.datasource.url");
    Path work = Files.createTempDirectory("capacity-startup-");
    List<String> database = new ArrayList<>();
    if (datasourceUrl == null) {
      datasourceUrl = "jdbc:h2:file:" + work.resolve("capacity-award") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    } else {
      database.add("--spring.datasource.username=" + System.getProperty("spring.datasource.username"));
      database.add("--spring.datasource.password=" + System.getProperty("spring.datasource.password"));
    }
    database.add("--spring.datasource.url=" + datasourceUrl);
    BenchmarkReport report = new BenchmarkReport("demo-startup", datasourceUrl);

    List<Figures> starts = new ArrayList<>();
    for (int run = 1; run <= STARTS; run++) {
      Figures f = startMeasureStop(database, work, run);
      starts.add(f);
      report.figure("start %d: health UP after %d ms (Spring: started, process running for %.1f s), heap after GC %.1f MB,"
          + " non-heap %.1f MB, RSS %.1f MB", run, f.healthUpMillis(), f.springSeconds(), f.heapAfterGcMb(),
          f.nonHeapMb(), f.rssMb());
    }
    if (starts.size() > 1) {
      Figures first = starts.get(0);
      Figures second = starts.get(1);
      report.figure("second start against first: startup ratio %.2f, heap ratio %.2f, RSS ratio %.2f",
          (double) second.healthUpMillis() / first.healthUpMillis(), second.heapAfterGcMb() / first.heapAfterGcMb(),
          second.rssMb() / first.rssMb());
    }
    report.write();
  }

  private Figures startMeasureStop(List<String> database, Path work, int run) throws Exception {
    int port = freePort();
    Path log = work.resolve("start-" + run + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("capacity.benchmark.jar"), "--spring.profiles.active=demo",
        "--server.port=" + port));
    int mailPort = freePort();
    command.add("--capacity.demo.mail-sink.port=" + mailPort);
    command.add("--spring.mail.port=" + mailPort);
    command.addAll(database);
    Process app = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      long started = System.nanoTime();
      awaitHealthUp(app, port, log);
      long healthUpMillis = (System.nanoTime() - started) / 1_000_000;
      Thread.sleep(BenchmarkReport.scale() >= 1 ? 10_000 : 3_000);
      run(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          String.valueOf(app.pid()), "GC.run"));
      String metrics = WebappSession.anonymous(port).withBasicAuth("admin", "demo").get("/actuator/prometheus").text();
      return new Figures(healthUpMillis, firstNumber(STARTED, Files.readString(log)),
          sum(HEAP_USED, metrics) / 1e6, sum(NON_HEAP_USED, metrics) / 1e6, residentMb(app.pid()));
    } finally {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor();
      }
    }
  }

  private void awaitHealthUp(Process app, int port, Path log) throws Exception {
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(app.isAlive()).as("the application exited: %s", log).isTrue();
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && isUp(health.body())) {
          return;
        }
      } catch (IOException notListeningYet) {
        // the port opens late in the start
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no UP within " + STARTUP_LIMIT + ": " + log);
  }

  /** The overall status, not a component's: it stands first or last in the body. */
  private static boolean isUp(String health) {
    return health.startsWith("{\"status\":\"UP\"") || health.endsWith("\"status\":\"UP\"}");
  }

  private static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s", command).isTrue();
    assertThat(process.exitValue()).as("%s", command).isZero();
  }

  private static double residentMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new AssertionError("no VmRSS for " + pid);
  }

  private static double firstNumber(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("%s in the log", pattern).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  private static double sum(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    double sum = 0;
    int found = 0;
    while (matcher.find()) {
      sum += Double.parseDouble(matcher.group(1));
      found++;
    }
    assertThat(found).as("%s in the metrics", pattern).isPositive();
    return sum;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
