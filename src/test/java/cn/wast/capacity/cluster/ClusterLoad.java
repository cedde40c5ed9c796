package cn.wast.capacity.cluster;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.documents.DocumentType;
import cn.wast.capacity.documents.NewDocument;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.LocalCluster;
import cn.wast.capacity.support.ManySocieties;
import cn.wast.capacity.support.RestAccounts;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load the cluster tests put on the nodes, over REST exactly as Tasklist's users would: the
 * office opens this year's round; {@code count} societies (made in the registry and, as
 * accounts, over REST) each upload a board resolution and apply; the office asks each of them
 * for a correction. Each correction sets a reminder timer that is already due (the tests
 * configure a reminder lead longer than the correction period), so every application gives the
 * job executors a timer to fire (its eligibility check runs in the submission's own transaction).
 *
 * <p>A request that fails (a node killed, the database restarting) is sent again, to the other
 * node first, as a load balancer and a patient user would. A submission whose first answer was
 * lost and that the engine then refuses as a second application of the year counts as done.
 */
final class ClusterLoad {

  static final String OFFICE = "office1";
  static final String DEMO_PASSWORD = "demo";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalCluster cluster;
  private final ManySocieties societies;
  private final int year = LocalDate.now(ZONE).getYear();
  private final AtomicInteger submitted = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private volatile boolean node1Down;

  ClusterLoad(LocalCluster cluster, int count) {
    this.cluster = cluster;
    this.societies = new ManySocieties(new SocietyRegistry(cluster.jdbc(),
        new ProgrammeClock(new ProgrammeProperties(ZoneId.of("Asia/Shanghai"), null, null, null))),
        new RestAccounts((method, path, body) -> send("admin", DEMO_PASSWORD, method, path, body, 0).status()),
        cluster.jdbc(), "CL",
        count);
  }

  int year() {
    return year;
  }

  List<String> codes() {
    return societies.codes();
  }

  int submitted() {
    return submitted.get();
  }

  int retries() {
    return retries.get();
  }

  /** From now on requests go to node 2 only, as a load balancer does once node 1 fails its health check. */
  void node1IsDown() {
    node1Down = true;
  }

  /** The societies, their accounts and board resolutions; the office opens the round. */
  void prepare() {
    societies.create(year);
    ApplicationDocuments documents = new ApplicationDocuments(cluster.jdbc());
    for (String code : societies.codes()) {
      documents.store(new NewDocument(code, year, null, DocumentKind.BOARD_RESOLUTION, "理事会决议.pdf", DocumentType.PDF,
          SampleForms.PDF, DemoUsers.userOf(code), Instant.now()));
    }
    LocalDate deadline = LocalDate.now(ZONE).plusDays(7);
    if (deadline.getYear() != year) {
      deadline = LocalDate.of(year, 12, 31);
    }
    Map<String, Object> round = SampleForms.round(year, deadline, deadline.plusDays(20));
    Response opened = send(OFFICE, DEMO_PASSWORD, "POST", "/engine-rest/process-definition/key/round/submit-form",
        SampleForms.restVariables(round), 0);
    if (opened.status() != 200) {
      throw new IllegalStateException("the round did not open: " + opened.status() + " " + opened.text());
    }
  }

  /**
   * Every society applies (from {@code threads} threads) while the office reviews what has arrived,
   * until every application is reviewed.
   */
  void run(int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> work = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < societies.codes().size(); i = next.getAndIncrement()) {
            apply(societies.codes().get(i), i);
          }
          return null;
        }));
      }
      work.add(pool.submit(() -> {
        reviewAll();
        return null;
      }));
      for (Future<?> done : work) {
        done.get(15, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void apply(String code, int index) {
    Map<String, Object> form = new LinkedHashMap<>(SampleForms.application(year));
    form.put("contactEmail", code.toLowerCase(java.util.Locale.ROOT) + "@load.example.cn");
    Response answer = send(DemoUsers.userOf(code), ManySocieties.PASSWORD, "POST",
        "/engine-rest/process-definition/key/application/submit-form", SampleForms.restVariables(form), index);
    // A second answer "already applied" means the first submission went through and its answer was lost.
    if (answer.status() != 200 && !(answer.status() == 400 && answer.text().contains("同一年度只能申报一次"))) {
      throw new IllegalStateException("application of " + code + " refused: " + answer.status() + " " + answer.text());
    }
    submitted.incrementAndGet();
  }

  /** The office reviews what has arrived until every application has passed its formal review. */
  private void reviewAll() throws Exception {
    String decision = SampleForms.restVariables(SampleForms.correction("请补充 C2 方面承接政府委托项目的合同复印件。"));
    long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(12);
    while (formalReviewsDone() < societies.codes().size()) {
      if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("the office reviewed only " + formalReviewsDone() + " applications");
      }
      Response open = send(OFFICE, DEMO_PASSWORD, "GET",
          "/engine-rest/task?processDefinitionKey=application&taskDefinitionKey=FormalReview&maxResults=50", null, 0);
      JsonNode tasks = open.status() == 200 ? JSON.readTree(open.text()) : JSON.createArrayNode();
      if (tasks.isEmpty()) {
        Thread.sleep(500);
      }
      for (JsonNode task : tasks) {
        String id = task.get("id").asText();
        send(OFFICE, DEMO_PASSWORD, "POST", "/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + OFFICE + "\"}", 0);
        send(OFFICE, DEMO_PASSWORD, "POST", "/engine-rest/task/" + id + "/submit-form", decision, 0);
      }
    }
  }

  private long formalReviewsDone() {
    try {
      return cluster.jdbc().queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE ACT_ID_ = 'FormalReview'"
          + " AND END_TIME_ IS NOT NULL", Long.class);
    } catch (RuntimeException databaseRestarting) {
      return -1;
    }
  }

  /**
   * Sends the request to a node chosen by {@code index}; while the answer is a server error or
   * none at all, sends it again (to the other node first) for half a minute at most. Returns the
   * last answer (599 for none).
   */
  private Response send(String user, String password, String method, String path, String body, int index) {
    return cluster.restRetrying(user, password, method, path, body,
        attempt -> node1Down ? 2 : 1 + (index + attempt) % 2, Duration.ofSeconds(30), retries::incrementAndGet);
  }
}
