package cn.wast.capacity.load;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.load.RushFigures.Action;
import cn.wast.capacity.support.ManySocieties;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.FilePart;
import cn.wast.capacity.support.WebappSession.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rush itself: each society signs in, opens {@code /society}, uploads its board resolution
 * (2–10 MB) on the upload page, opens the start form as Tasklist fetches it, thinks, submits, waits
 * for its verdict and opens {@code /society} again; meanwhile the office staff and the experts
 * open their Tasklist page and count again and again. Time is cut into windows that alternate
 * between the application and the bare process: what a user starts or lists in a bare window is
 * the bare process's (same user, same endpoints). Halfway through the submissions node 1 is
 * killed and started again.
 */
final class DeadlineRush {

  static final String API = "/camunda/api/engine/engine/default";
  static final String OFFICE_FILTER = "专项办公室待办";
  static final String EXPERT_FILTER = "待评分";
  private static final String PROCESS_LIST = API + "/process-definition?latestVersion=true&active=true"
      + "&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=15";
  private static final String LIST_BODY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  private final RushCluster cluster;
  private final GreenMail mail;
  private final RushFigures figures;
  private final int year;
  private final List<String> societies;
  private final List<String> office;
  private final List<String> experts;
  private final String staffPassword;
  private final double scale;
  private final long windowNanos;
  private final List<byte[]> pdfs;

  private final AtomicInteger submitted = new AtomicInteger();
  private final AtomicInteger societiesFinished = new AtomicInteger();
  private final AtomicInteger submittedWhileNode1Out = new AtomicInteger();
  private final Set<String> answered2xx = ConcurrentHashMap.newKeySet();
  private final Map<String, Long> submitAnsweredAt = new ConcurrentHashMap<>();
  private final Map<String, Long> firstMailAt = new ConcurrentHashMap<>();
  private final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean societiesDone = new AtomicBoolean();
  private volatile long started;
  private volatile Duration nodeBack;
  private volatile String bareRefused;

  DeadlineRush(RushCluster cluster, GreenMail mail, RushFigures figures, int year, List<String> societies,
      List<String> office, List<String> experts, String staffPassword, double scale) {
    this.cluster = cluster;
    this.mail = mail;
    this.figures = figures;
    this.year = year;
    this.societies = societies;
    this.office = office;
    this.experts = experts;
    this.staffPassword = staffPassword;
    this.scale = scale;
    this.windowNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(2000, Math.round(10_000 * Math.min(1, scale))));
    this.pdfs = new ArrayList<>();
    for (int megabytes = 2; megabytes <= 10; megabytes += 2) {
      pdfs.add(LargePdf.ofAbout(megabytes * 1_000_000 - 20_000, megabytes));
    }
  }

  Set<String> answered2xx() {
    return answered2xx;
  }

  int submittedWhileNode1Out() {
    return submittedWhileNode1Out.get();
  }

  Duration nodeBack() {
    return nodeBack;
  }

  List<String> problems() {
    return problems;
  }

  /** Why the bare baseline stopped, if it did (null while it worked). */
  String bareRefused() {
    return bareRefused;
  }

  Duration windowLength() {
    return Duration.ofNanos(windowNanos);
  }

  /** Runs the rush; returns when every society has its verdict and its receipt mail (or waited five minutes for it). */
  void run() throws Exception {
    int threads = societies.size() + office.size() + experts.size() + 2;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    started = System.nanoTime();
    try {
      List<Future<?>> societyWork = new ArrayList<>();
      for (int i = 0; i < societies.size(); i++) {
        int index = i;
        societyWork.add(pool.submit(() -> {
          try {
            return society(societies.get(index), index);
          } finally {
            societiesFinished.incrementAndGet();
          }
        }));
      }
      List<Future<?>> staffWork = new ArrayList<>();
      for (int i = 0; i < office.size(); i++) {
        int index = i;
        staffWork.add(pool.submit(() -> staff(office.get(index), OFFICE_FILTER, Action.OFFICE_LIST, index)));
      }
      for (int i = 0; i < experts.size(); i++) {
        int index = i;
        staffWork.add(pool.submit(() -> staff(experts.get(index), EXPERT_FILTER, Action.EXPERT_LIST, index)));
      }
      Future<?> mails = pool.submit(this::watchMail);
      Future<?> fault = pool.submit(this::killAndRestartNode1);
      for (Future<?> society : societyWork) {
        try {
          society.get(30, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException failed) {
          problems.add("a society's rush failed: " + failed.getCause());
        }
      }
      try {
        fault.get(12, TimeUnit.MINUTES);
      } catch (java.util.concurrent.ExecutionException failed) {
        problems.add("node 1 killed and restarted: " + failed.getCause());
      }
      societiesDone.set(true);
      for (Future<?> staff : staffWork) {
        staff.get(5, TimeUnit.MINUTES);
      }
      mails.get(6, TimeUnit.MINUTES);
    } finally {
      societiesDone.set(true);
      pool.shutdownNow();
    }
  }

  // ---- a society ----

  private Void society(String code, int index) {
    NodeUser user = new NodeUser(cluster, DemoUsers.userOf(code), ManySocieties.PASSWORD, 1 + index % 2);
    RushCluster.pause(ThreadLocalRandom.current().nextLong(TimeUnit.NANOSECONDS.toMillis(windowNanos)));
    figures.time(Action.LOGIN, false, () -> {
      user.login();
      return null;
    });
    openSocietyPage(user);
    upload(user, code, pdfs.get(index % pdfs.size()));
    boolean applied = false;
    while (!applied) {
      boolean bare = bareRefused == null && inBareWindow();
      String definitionId = figures.time(Action.START_FORM, bare,
          () -> openStartForm(user, bare ? BareBaseline.KEY : "application"));
      think();
      if (bare) {
        try {
          String body = submission(code);
          figures.time(Action.SUBMIT, true, () -> expect(user.send(session -> session.sendJson("POST",
              API + "/process-definition/" + definitionId + "/submit-form", body)), 200, "bare submit"));
        } catch (RuntimeException refused) {
          // The baseline is measured only as far as it works; the society still applies for real.
          bareRefused = "bare submit refused, baseline stopped: " + refused.getMessage();
        }
      } else {
        submit(user, code, definitionId);
        applied = true;
      }
    }
    awaitVerdict(code);
    openSocietyPage(user);
    return null;
  }

  private void openSocietyPage(NodeUser user) {
    figures.time(Action.SOCIETY_PAGE, false, () -> expect(user.send(session -> session.get("/society")), 200, "/society"));
  }

  private void upload(NodeUser user, String code, byte[] pdf) {
    figures.time(Action.UPLOAD, false, () -> {
      Response stored = user.send(session -> {
        Response page = session.get("/documents");
        String token = WebappSession.hiddenField(page.text(), "_csrf")
            .orElseThrow(() -> new IllegalStateException("no form token on /documents: HTTP " + page.status()));
        return session.postMultipart("/documents/upload",
            Map.of("_csrf", token, "roundYear", Integer.toString(year), "kind", "BOARD_RESOLUTION"),
            new FilePart("file", "理事会决议（扫描件）.pdf", "application/pdf", pdf));
      });
      if (stored.status() != 302) {
        throw new IllegalStateException("upload of " + code + " refused: HTTP " + stored.status() + " "
            + stored.text().replaceAll("\\s+", " ").substring(0, Math.min(600, stored.text().length())));
      }
      return null;
    });
  }

  /** What Tasklist fetches to show a start form: the startable processes, then the form's key, variables and form. */
  private String openStartForm(NodeUser user, String key) {
    JsonNode startable = BareBaseline.json(expect(user.send(session -> session.get(PROCESS_LIST)), 200, "process list"));
    String id = null;
    for (JsonNode definition : startable) {
      if (key.equals(definition.path("key").asText())) {
        id = definition.path("id").asText();
      }
    }
    if (id == null) {
      throw new IllegalStateException(user.id() + " may not start " + key + ": " + startable);
    }
    String definitionId = id;
    expect(user.send(session -> session.get(API + "/process-definition/" + definitionId + "/startForm")), 200, "startForm");
    expect(user.send(session -> session.get(API + "/process-definition/" + definitionId + "/form-variables")), 200,
        "form-variables");
    expect(user.send(session -> session.get(API + "/process-definition/" + definitionId + "/deployed-start-form")), 200,
        "deployed-start-form");
    return definitionId;
  }

  /** What a society submits on the start form: the application's fields, the real one's and the bare one's alike. */
  private String submission(String code) {
    Map<String, Object> form = new LinkedHashMap<>(SampleForms.application(year));
    form.put("contactEmail", contactEmail(code));
    return SampleForms.restVariables(form);
  }

  private void submit(NodeUser user, String code, String definitionId) {
    String body = submission(code);
    long sent = System.nanoTime();
    Response answer;
    try {
      answer = user.send(session -> session.sendJson("POST", API + "/process-definition/" + definitionId + "/submit-form",
          body));
    } catch (RuntimeException noNodeAnswered) {
      figures.error(Action.SUBMIT);
      throw noNodeAnswered;
    }
    long done = System.nanoTime();
    // A submission answered "already applied" went through on a node that died before it answered.
    boolean lostAnswer = answer.status() == 400 && answer.text().contains("同一年度只能申报一次");
    if (answer.status() / 100 != 2 && !lostAnswer) {
      figures.error(Action.SUBMIT);
      throw new IllegalStateException("submission of " + code + " refused: " + answer.status() + " " + answer.text());
    }
    figures.record(Action.SUBMIT, false, done - sent);
    if (answer.status() / 100 == 2) {
      answered2xx.add(code);
      if (cluster.node1Out() && user.node() == 2) {
        submittedWhileNode1Out.incrementAndGet();
      }
    }
    submitAnsweredAt.put(code, done);
    submitted.incrementAndGet();
  }

  private void awaitVerdict(String code) {
    String key = Application.businessKeyOf(year, code);
    long since = submitAnsweredAt.get(code);
    long giveUp = since + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < giveUp) {
      List<String> status = cluster.jdbc().queryForList("SELECT status FROM application WHERE business_key = ?",
          String.class, key);
      if (!status.isEmpty() && !"SUBMITTED".equals(status.get(0))) {
        figures.record(Action.VERDICT, false, System.nanoTime() - since);
        return;
      }
      RushCluster.pause(200);
    }
    figures.error(Action.VERDICT);
    problems.add("no verdict for " + key + " within three minutes");
  }

  private void think() {
    long seconds = 1000 + ThreadLocalRandom.current().nextLong(4001);
    RushCluster.pause(Math.round(seconds * Math.min(1, scale)));
  }

  // ---- office staff and experts ----

  private Void staff(String userId, String filterName, Action action, int index) {
    NodeUser user = new NodeUser(cluster, userId, staffPassword, 1 + index % 2);
    figures.time(Action.LOGIN, false, () -> {
      user.login();
      return null;
    });
    String realFilter = filterId(user, filterName);
    String bareFilter = filterId(user, BareBaseline.FILTER);
    while (!societiesDone.get()) {
      boolean bare = bareRefused == null && inBareWindow();
      String filter = bare ? bareFilter : realFilter;
      try {
        figures.time(action, bare, () -> {
          expect(user.send(session -> session.sendJson("POST", API + "/filter/" + filter
              + "/list?firstResult=0&maxResults=15", LIST_BODY)), 200, "filter list");
          return expect(user.send(session -> session.get(API + "/filter/" + filter + "/count")), 200, "filter count");
        });
      } catch (RuntimeException failed) {
        problems.add(userId + ": " + failed.getMessage());
      }
      RushCluster.pause(500 + ThreadLocalRandom.current().nextLong(1500));
    }
    return null;
  }

  private static String filterId(NodeUser user, String name) {
    JsonNode filters = BareBaseline.json(expect(user.send(session -> session.get(API + "/filter?resourceType=Task")), 200,
        "filters"));
    for (JsonNode filter : filters) {
      if (name.equals(filter.path("name").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new IllegalStateException(user.id() + " does not see the filter " + name + ": " + filters);
  }

  // ---- mail, the node's kill and restart ----

  /** Notes when each society's first mail after its submission arrives, until all have one (or five minutes after the last submission). */
  private Void watchMail() {
    int seen = 0;
    long lastSubmission = Long.MAX_VALUE;
    while (true) {
      MimeMessage[] received = mail.getReceivedMessages();
      long now = System.nanoTime();
      for (; seen < received.length; seen++) {
        for (String code : recipients(received[seen])) {
          Long submittedAt = submitAnsweredAt.get(code);
          if (submittedAt != null && firstMailAt.putIfAbsent(code, now) == null) {
            figures.record(Action.RECEIPT_MAIL, false, now - submittedAt);
          }
        }
      }
      if (firstMailAt.size() == societies.size()) {
        return null;
      }
      if (submitted.get() == societies.size() && lastSubmission == Long.MAX_VALUE) {
        lastSubmission = now;
      }
      if (now - lastSubmission > TimeUnit.MINUTES.toNanos(5)) {
        societies.stream().filter(code -> !firstMailAt.containsKey(code))
            .forEach(code -> problems.add("no receipt mail for " + code));
        return null;
      }
      RushCluster.pause(250);
    }
  }

  private List<String> recipients(MimeMessage message) {
    List<String> codes = new ArrayList<>();
    try {
      for (Address address : message.getAllRecipients()) {
        String text = address.toString().toLowerCase(Locale.ROOT);
        for (String code : societies) {
          if (text.contains(code.toLowerCase(Locale.ROOT) + "@")) {
            codes.add(code);
          }
        }
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
    return codes;
  }

  /**
   * Kills node 1 once a third of the societies have submitted (so that most submit while it is
   * out or just back), starts it again and times until it serves.
   */
  private Void killAndRestartNode1() {
    while (submitted.get() < societies.size() / 3 && societiesFinished.get() < societies.size()) {
      RushCluster.pause(100);
    }
    cluster.local().kill(1);
    cluster.takeNode1Out();
    long restarted = System.nanoTime();
    cluster.local().restart(1);
    cluster.await("node 1 serving again", Duration.ofMinutes(8), () -> cluster.local().healthy(1)
        && WebappSession.login(cluster.port(1), "office1", RushCluster.DEMO_PASSWORD).userId().isPresent());
    nodeBack = Duration.ofNanos(System.nanoTime() - restarted);
    figures.record(Action.NODE_BACK, false, nodeBack.toNanos());
    cluster.bringNode1Back();
    return null;
  }

  private boolean inBareWindow() {
    return ((System.nanoTime() - started) / windowNanos) % 2 == 1;
  }

  static String contactEmail(String code) {
    return code.toLowerCase(Locale.ROOT) + "@rush.example.cn";
  }

  private static Response expect(Response answer, int status, String what) {
    if (answer.status() != status) {
      throw new IllegalStateException(what + ": HTTP " + answer.status() + " "
          + answer.text().substring(0, Math.min(400, answer.text().length())));
    }
    return answer;
  }
}
