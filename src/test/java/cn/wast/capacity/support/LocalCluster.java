package cn.wast.capacity.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The production topology on this machine, as {@code docker/cluster-local.sh} starts it: two
 * application nodes (separate JVMs, job executor on both) on one fresh PostgreSQL database,
 * sending mail to the test's own SMTP server. The cluster tests drive it over HTTP as the load
 * balancer would, read its database directly, and break it: SIGKILL a node, restart PostgreSQL.
 */
public final class LocalCluster implements AutoCloseable {

  public static final List<Integer> NODE_PORTS = List.of(8081, 8082);
  private static final String SCRIPT = "docker/cluster-local.sh";
  private static final String DATABASE = "capacity_award_cluster";
  private static final Duration NODE_START = Duration.ofMinutes(3);
  private static final File LOG = new File("target/cluster/script.log");

  private final int smtpPort;
  private final List<String> nodeArguments;
  private final String database;
  private final Duration nodeStartWait;
  private final JdbcTemplate jdbc;

  public LocalCluster(int smtpPort, List<String> nodeArguments) {
    this(DATABASE, smtpPort, nodeArguments, Duration.ofMinutes(2));
  }

  /**
   * The cluster on a database of its own (created afresh at {@link #start}), e.g. the load test's;
   * each node may take {@code nodeStartWait} to answer UP (a busy machine needs more than two minutes).
   */
  public LocalCluster(String database, int smtpPort, List<String> nodeArguments, Duration nodeStartWait) {
    this.database = database;
    this.nodeStartWait = nodeStartWait;
    this.smtpPort = smtpPort;
    this.nodeArguments = nodeArguments;
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(jdbcUrl(), "capacity", "capacity");
    this.jdbc = new JdbcTemplate(dataSource);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:5432/" + database;
  }

  public int port(int node) {
    return NODE_PORTS.get(node - 1);
  }

  /** Starts both nodes on an empty database; returns when both answer UP. */
  public LocalCluster start() {
    run(Duration.ofMinutes(2).plus(nodeStartWait.multipliedBy(2)), "start");
    return this;
  }

  /** SIGKILL: the node stops at once, with whatever it held. */
  public void kill(int node) {
    run(Duration.ofSeconds(10), "kill", Integer.toString(node));
  }

  /** Starts a killed node again on the same jar and database; returns at once (watch {@link #healthy}). */
  public void restart(int node) {
    run(NODE_START, "restart", Integer.toString(node));
  }

  /**
   * The node's resident memory (VmRSS of its java process, which docker/start.sh execs) in MB, or
   * -1 when the node is not running.
   */
  public long residentMegabytes(int node) {
    try {
      String pid = Files.readString(Path.of("target/cluster/node" + node + ".pid")).strip();
      for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
      return -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  /** Restarts PostgreSQL under the running nodes (fast shutdown: open connections are cut). */
  public void restartDatabase() {
    run(Duration.ofMinutes(2), "restart-db");
  }

  public JdbcTemplate jdbc() {
    return jdbc;
  }

  /** The node's REST API as {@code user}, with HTTP Basic as a REST client sends it. */
  public WebappSession rest(int node, String user, String password) {
    return WebappSession.anonymous(NODE_PORTS.get(node - 1)).withBasicAuth(user, password);
  }

  /**
   * A REST request (HTTP Basic) as a patient client behind a load balancer sends it: each attempt
   * to the node {@code nodeOfAttempt} names, again while there is no answer or a server error,
   * with a growing pause, for {@code patience} at most. Returns the last answer (599 for none).
   */
  public WebappSession.Response restRetrying(String user, String password, String method, String path, String body,
      IntUnaryOperator nodeOfAttempt, Duration patience, Runnable onRetry) {
    long giveUp = System.nanoTime() + patience.toNanos();
    WebappSession.Response last = new WebappSession.Response(599, null, new byte[0]);
    for (int attempt = 0; ; attempt++) {
      try {
        last = rest(nodeOfAttempt.applyAsInt(attempt), user, password).sendJson(method, path, body);
        if (last.status() < 500) {
          return last;
        }
      } catch (RuntimeException nodeUnreachable) {
        // connection refused or cut: sent again below
      }
      if (System.nanoTime() > giveUp) {
        return last;
      }
      onRetry.run();
      try {
        Thread.sleep(Math.min(2000, 100L << Math.min(attempt, 5)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Whether the node answers its health check with UP. */
  public boolean healthy(int node) {
    try {
      return WebappSession.anonymous(NODE_PORTS.get(node - 1)).get("/actuator/health").text().contains("\"UP\"");
    } catch (RuntimeException down) {
      return false;
    }
  }

  @Override
  public void close() {
    run(Duration.ofMinutes(2), "stop");
  }

  private void run(Duration timeout, String... command) {
    List<String> line = new java.util.ArrayList<>(List.of("bash", SCRIPT));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile()));
    builder.environment().put("CLUSTER_DB", database);
    builder.environment().put("CLUSTER_FRESH", "1");
    builder.environment().put("CLUSTER_MAIL", "external");
    builder.environment().put("CLUSTER_SMTP_PORT", Integer.toString(smtpPort));
    builder.environment().put("CLUSTER_ARGS", String.join(" ", nodeArguments));
    builder.environment().put("CLUSTER_START_WAIT", Long.toString(nodeStartWait.toSeconds()));
    try {
      Process process = builder.start();
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(SCRIPT + " " + String.join(" ", command) + " did not finish in " + timeout
            + "; see " + LOG + " and target/cluster/node*.log");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(SCRIPT + " " + String.join(" ", command) + " failed (exit "
            + process.exitValue() + "); see " + LOG + " and target/cluster/node*.log");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static File logFile() {
    LOG.getParentFile().mkdirs();
    return LOG;
  }
}
