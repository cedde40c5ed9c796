package cn.wast.capacity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.tasks.TaskFilters;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Startup of the packaged application in the demo profile, to users ready, and its steady memory:
 * run after {@code package}, once through {@code docker/start.sh} (the extracted jar with the CDS
 * archive, serial collector, heap cap) and once as the plain {@code java -jar target/…jar}, each on
 * a fresh database and on an existing one, interleaved: the script's fresh start makes the
 * database the plain jar's existing start finds, and the other way round.
 *
 * <p>Users ready: {@code /actuator/health/readiness} answers UP, and at that moment a demo society
 * signs in, finds 学会申报 among the processes it may start and opens its start form, and the
 * office signs in and sees its Tasklist filters; the benchmark asserts that they can at once.
 * Then, a few seconds later, the heap used after a full GC (the JVM's figure, from
 * {@code /actuator/prometheus}), non-heap, and the process's resident set (VmRSS).
 *
 * <p>On PostgreSQL the fresh start needs a database of the benchmark's own, which it empties
 * ({@code CAPACITY_PG_STARTUP_URL}); without one it starts both ways on the run's database as it is.
 */
@Tag("benchmark")
class DemoStartupBenchmark {

  /** A database of this benchmark's own on PostgreSQL: emptied before each fresh start. */
  static final String OWN_POSTGRES_URL = "CAPACITY_PG_STARTUP_URL";

  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(15);
  private static final String SOCIETY_USER = "whjx";
  private static final String OFFICE_USER = "office1";
  private static final String PASSWORD = "demo";
  private static final String ENGINE_API = "/camunda/api/engine/engine/default";
  private static final Pattern STARTED = Pattern.compile("Started \\S+ in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");
  private static final Pattern HEAP_USED =
      Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)$");
  private static final Pattern NON_HEAP_USED =
      Pattern.compile("(?m)^jvm_memory_used_bytes\\{area=\"nonheap\"[^}]*} ([0-9.E+]+)$");
  private static final Pattern APPLICATION_DEFINITION = Pattern.compile("\"id\":\"(application:[^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  enum Launcher {
    START_SCRIPT("docker/start.sh"),
    PLAIN_JAR("java -jar");

    final String label;

    Launcher(String label) {
      this.label = label;
    }
  }

  record Start(Launcher launcher, boolean fresh) {}

  record Figures(long readinessMillis, long usersReadyMillis, boolean withArchive, double springSeconds,
      double heapAfterGcMb, double nonHeapMb, double rssMb) {}

  @Test
  void startupToUsersReadyAndSteadyMemory() throws Exception {
    Path work = Files.createTempDirectory("capacity-startup-");
    String runDatabase = System.getProperty("spring.datasource.url");
    String ownPostgres = System.getenv(OWN_POSTGRES_URL);
    Databases databases = runDatabase == null ? new H2Files(work)
        : ownPostgres != null && !ownPostgres.isBlank() ? new EmptiedPostgres(ownPostgres) : new PostgresAsItIs(runDatabase);
    BenchmarkReport report = new BenchmarkReport("demo-startup", databases.url());
    if (!databases.canEmpty()) {
      report.figure("no database of its own (%s): both starts find the run's database as it is", OWN_POSTGRES_URL);
    }

    List<Start> plan = databases.canEmpty()
        ? List.of(new Start(Launcher.START_SCRIPT, true), new Start(Launcher.PLAIN_JAR, false),
            new Start(Launcher.PLAIN_JAR, true), new Start(Launcher.START_SCRIPT, false))
        : List.of(new Start(Launcher.START_SCRIPT, false), new Start(Launcher.PLAIN_JAR, false));
    Map<Start, Figures> figures = new LinkedHashMap<>();
    for (Start start : plan) {
      if (start.fresh()) {
        databases.empty();
      }
      Figures f = startMeasureStop(start.launcher(), databases, work, figures.size() + 1);
      figures.put(start, f);
      report.figure("%s%s, %s database: readiness UP after %d ms, users ready after %d ms (a society signed in and"
          + " opened its start form, the office saw its filters), Spring: process running for %.1f s at \"Started\";"
          + " heap after GC %.1f MB, non-heap %.1f MB, RSS %.1f MB", start.launcher().label,
          start.launcher() == Launcher.START_SCRIPT ? (f.withArchive() ? " (CDS archive)" : " (no CDS archive)") : "",
          start.fresh() ? "fresh" : "existing", f.readinessMillis(), f.usersReadyMillis(), f.springSeconds(),
          f.heapAfterGcMb(), f.nonHeapMb(), f.rssMb());
    }
    for (boolean fresh : List.of(true, false)) {
      Figures script = figures.get(new Start(Launcher.START_SCRIPT, fresh));
      Figures plain = figures.get(new Start(Launcher.PLAIN_JAR, fresh));
      if (script != null && plain != null) {
        report.figure("%s database, docker/start.sh against java -jar: users ready %.2f, heap after GC %.2f, RSS %.2f",
            fresh ? "fresh" : "existing", (double) script.usersReadyMillis() / plain.usersReadyMillis(),
            script.heapAfterGcMb() / plain.heapAfterGcMb(), script.rssMb() / plain.rssMb());
      }
    }
    report.write();
  }

  private Figures startMeasureStop(Launcher launcher, Databases databases, Path work, int run) throws Exception {
    int port = freePort();
    int mailPort = freePort();
    Path log = work.resolve("start-" + run + ".log");
    List<String> command = new ArrayList<>();
    if (launcher == Launcher.START_SCRIPT) {
      command.addAll(List.of("bash", Path.of("docker", "start.sh").toAbsolutePath().toString()));
    } else {
      command.addAll(List.of(javaTool("java"), "-jar", System.getProperty("capacity.benchmark.jar")));
    }
    command.addAll(List.of("--spring.profiles.active=demo", "--server.port=" + port,
        "--capacity.demo.mail-sink.port=" + mailPort, "--spring.mail.port=" + mailPort));
    command.addAll(databases.arguments());
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    // the JVM that made the archive at package (Maven's), as the script's JAVA_HOME
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    long started = System.nanoTime();
    Process app = builder.start();
    try {
      awaitReadiness(app, port, log);
      long readinessMillis = (System.nanoTime() - started) / 1_000_000;
      usersCanWork(port);
      long usersReadyMillis = (System.nanoTime() - started) / 1_000_000;
      Thread.sleep(BenchmarkReport.scale() >= 1 ? 10_000 : 3_000);
      run(List.of(javaTool("jcmd"), String.valueOf(app.pid()), "GC.run"));
      String metrics = WebappSession.anonymous(port).withBasicAuth("admin", PASSWORD).get("/actuator/prometheus").text();
      String output = Files.readString(log);
      return new Figures(readinessMillis, usersReadyMillis, !output.contains("start.sh: no "),
          firstNumber(STARTED, output), sum(HEAP_USED, metrics) / 1e6, sum(NON_HEAP_USED, metrics) / 1e6,
          residentMb(app.pid()));
    } finally {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor();
      }
    }
  }

  private void awaitReadiness(Process app, int port, Path log) throws Exception {
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(app.isAlive()).as("the application exited: %s", log).isTrue();
      try {
        HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (readiness.statusCode() == 200 && readiness.body().contains("\"status\":\"UP\"")) {
          return;
        }
      } catch (IOException notListeningYet) {
        // the port opens late in the start
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no readiness within " + STARTUP_LIMIT + ": " + log);
  }

  /** What the first users do, the moment readiness says UP: it must work at once. */
  private static void usersCanWork(int port) {
    WebappSession society = WebappSession.login(port, SOCIETY_USER, PASSWORD);
    String startable = society.get(ENGINE_API + "/process-definition?latestVersion=true&startableInTasklist=true"
        + "&startablePermissionCheck=true&firstResult=0&maxResults=15").text();
    Matcher application = APPLICATION_DEFINITION.matcher(startable);
    assertThat(application.find()).as("学会申报 among the processes %s may start: %s", SOCIETY_USER, startable).isTrue();
    WebappSession.Response form = society.get(ENGINE_API + "/process-definition/" + application.group(1) + "/deployed-start-form");
    assertThat(form.status()).as("the start form: %s", form.text()).isEqualTo(200);
    assertThat(form.text()).contains("roundYear");

    String filters = WebappSession.login(port, OFFICE_USER, PASSWORD)
        .get(ENGINE_API + "/filter?resourceType=Task&itemCount=true").text();
    assertThat(filters).as("the office's Tasklist filters").contains(TaskFilters.ALL, "专项办公室待办");
  }

  // ---- databases ----

  /** Where the starts keep their data: a fresh database on request, or the one of the last start. */
  private interface Databases {
    String url();

    List<String> arguments();

    boolean canEmpty();

    void empty() throws Exception;
  }

  /** A new H2 file for each fresh start. */
  private static final class H2Files implements Databases {
    private final Path directory;
    private int files;

    H2Files(Path directory) {
      this.directory = directory;
    }

    @Override
    public String url() {
      return "jdbc:h2:file:" + directory.resolve("capacity-award-" + files) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    @Override
    public List<String> arguments() {
      return List.of("--spring.datasource.url=" + url());
    }

    @Override
    public boolean canEmpty() {
      return true;
    }

    @Override
    public void empty() {
      files++;
    }
  }

  /** The run's PostgreSQL database, with the run's credentials. */
  private static class PostgresAsItIs implements Databases {
    private final String url;

    PostgresAsItIs(String url) {
      this.url = url;
    }

    @Override
    public String url() {
      return url;
    }

    @Override
    public List<String> arguments() {
      return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user(),
          "--spring.datasource.password=" + password());
    }

    @Override
    public boolean canEmpty() {
      return false;
    }

    @Override
    public void empty() throws Exception {
      throw new UnsupportedOperationException("the run's database is not the benchmark's to empty");
    }

    static String user() {
      return System.getProperty("spring.datasource.username");
    }

    static String password() {
      return System.getProperty("spring.datasource.password");
    }
  }

  /** A PostgreSQL database of the benchmark's own: a fresh start finds its schema empty. */
  private static final class EmptiedPostgres extends PostgresAsItIs {
    EmptiedPostgres(String url) {
      super(url);
    }

    @Override
    public boolean canEmpty() {
      return true;
    }

    @Override
    public void empty() throws Exception {
      try (Connection connection = DriverManager.getConnection(url(), user(), password());
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA public CASCADE");
        statement.execute("CREATE SCHEMA public");
      }
    }
  }

  // ---- helpers ----

  private static String javaTool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
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
