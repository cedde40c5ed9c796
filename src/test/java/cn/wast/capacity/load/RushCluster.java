package cn.wast.capacity.load;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.LocalCluster;
import cn.wast.capacity.support.ManySocieties;
import cn.wast.capacity.support.RestAccounts;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two nodes as the load balancer in front of them sees them: which node is out of rotation
 * (killed, not yet serving again), REST requests sent again to the other node while a node does
 * not answer, and the accounts made over REST by the demo administrator.
 */
final class RushCluster implements AutoCloseable {

  static final String DEMO_PASSWORD = "demo";

  private final LocalCluster cluster;
  private final HikariDataSource pool;
  private final JdbcTemplate jdbc;
  private volatile boolean node1Out;

  RushCluster(LocalCluster cluster) {
    this.cluster = cluster;
    // Pooled: a new PostgreSQL connection for each statement (LocalCluster's own JdbcTemplate) made
    // the preload's thousands of rows take minutes on a busy machine.
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(cluster.jdbcUrl());
    config.setUsername("capacity");
    config.setPassword("capacity");
    config.setMaximumPoolSize(8);
    this.pool = new HikariDataSource(config);
    this.jdbc = new JdbcTemplate(pool);
  }

  @Override
  public void close() {
    pool.close();
  }

  LocalCluster local() {
    return cluster;
  }

  JdbcTemplate jdbc() {
    return jdbc;
  }

  /** The node a user who prefers {@code node} is sent to. */
  int nodeFor(int node) {
    return node1Out ? 2 : node;
  }

  boolean node1Out() {
    return node1Out;
  }

  void takeNode1Out() {
    node1Out = true;
  }

  void bringNode1Back() {
    node1Out = false;
  }

  int port(int node) {
    return cluster.port(node);
  }

  /** The node's resident memory in MB (-1 when it is not running). */
  long residentMegabytes(int node) {
    return cluster.residentMegabytes(node);
  }

  RestAccounts accounts() {
    return new RestAccounts((method, path, body) -> rest("admin", DEMO_PASSWORD, method, path, body, 0).status());
  }

  /** A society applies over the REST API; a lost answer whose submission went through counts as done. */
  void applyOverRest(String code, Map<String, Object> form, int index) {
    Response answer = rest(DemoUsers.userOf(code), ManySocieties.PASSWORD, "POST",
        "/engine-rest/process-definition/key/application/submit-form", SampleForms.restVariables(form), index);
    if (answer.status() != 200 && !(answer.status() == 400 && answer.text().contains("同一年度只能申报一次"))) {
      throw new IllegalStateException("application of " + code + " refused: " + answer.status() + " " + answer.text());
    }
  }

  /**
   * A REST request (HTTP Basic) to the node chosen by {@code index}, sent again to the other node
   * while there is no answer or a server error, for a minute at most; 599 for no answer.
   */
  Response rest(String user, String password, String method, String path, String body, int index) {
    return cluster.restRetrying(user, password, method, path, body, attempt -> nodeFor(1 + (index + attempt) % 2),
        Duration.ofMinutes(1), () -> { });
  }

  /** A multipart REST request (a deployment) as {@code user}, to node 1 or 2 (whichever is in rotation). */
  WebappSession restSession(String user, String password) {
    return cluster.rest(nodeFor(1), user, password);
  }

  /** Waits until the condition holds (a failing look counts as not yet); returns how long it took. */
  Duration await(String what, Duration time, BooleanSupplier condition) {
    long start = System.nanoTime();
    while (System.nanoTime() - start < time.toNanos()) {
      try {
        if (condition.getAsBoolean()) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
      } catch (RuntimeException notYet) {
        // looked at again
      }
      pause(200);
    }
    throw new AssertionError("waited " + time + " for " + what);
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
