package cn.wast.capacity.load;

import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One user's browser on the cluster: signed in to the webapps as Tasklist's login does, on the
 * node the load balancer gives it. When that node stops answering, the browser lands on the other
 * node, where it has no session: it signs in again there and repeats what it was doing, as a
 * user would. The time of that is part of the action's time.
 */
final class NodeUser {

  private static final long GIVE_UP_NANOS = TimeUnit.MINUTES.toNanos(2);

  private final RushCluster cluster;
  private final String user;
  private final String password;
  private int node;
  private WebappSession session;
  private int relogins;

  NodeUser(RushCluster cluster, String user, String password, int preferredNode) {
    this.cluster = cluster;
    this.user = user;
    this.password = password;
    this.node = preferredNode;
  }

  String id() {
    return user;
  }

  /** The node this browser is on. */
  int node() {
    return node;
  }

  int relogins() {
    return relogins;
  }

  /** Signs in (on the node the balancer gives), the Tasklist login sequence. */
  void login() {
    send(signedIn -> signedIn.get(WebappSession.WHO_AM_I));
  }

  /**
   * Runs the request in this user's session; while the node does not answer, or answers a server
   * error, signs in on the node in rotation and runs it again (two minutes at most).
   */
  Response send(Function<WebappSession, Response> request) {
    long giveUp = System.nanoTime() + GIVE_UP_NANOS;
    Throwable lastFailure = null;
    for (int attempt = 0; System.nanoTime() < giveUp; attempt++) {
      try {
        int inRotation = cluster.nodeFor(node);
        if (session == null || inRotation != node) {
          node = inRotation;
          if (session != null) {
            relogins++;
          }
          session = null;
          session = WebappSession.login(cluster.port(node), user, password);
        }
        Response answer = request.apply(session);
        if (answer.status() < 500) {
          return answer;
        }
        lastFailure = new IllegalStateException("HTTP " + answer.status() + " " + answer.text());
      } catch (RuntimeException | AssertionError nodeGone) {
        lastFailure = nodeGone;
      }
      // The node did not answer: the balancer sends this browser to the other node.
      session = null;
      relogins++;
      node = cluster.nodeFor(node == 1 ? 2 : 1);
      RushCluster.pause(Math.min(2000, 100L << Math.min(attempt, 4)));
    }
    throw new IllegalStateException(user + ": no node answered for two minutes", lastFailure);
  }
}
