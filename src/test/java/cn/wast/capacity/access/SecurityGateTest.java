package cn.wast.capacity.access;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.publicity.PublicityProperties;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.FilePart;
import cn.wast.capacity.support.WebappSession.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security gate: every way in that must stay shut, tried over real HTTP against the running
 * application. A regression in any filter, authorization, header or check fails it.
 *
 * <p>Society B's application waits for B's correction (a task with variables, a comment and an
 * attachment, and history); society A tries every endpoint on it.
 */
class SecurityGateTest extends ReviewTestBase {

  private static final String PASSWORD = "demo";
  private static final String MARKUP = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

  @Autowired ApplicationDocuments applicationDocuments;
  @Autowired PublicityProperties publicity;

  private final String societyA = DemoSocieties.ELIGIBLE.get(0);
  private final String societyB = DemoSocieties.ELIGIBLE.get(1);
  private final String userA = DemoUsers.userOf(societyA);
  private final String userB = DemoUsers.userOf(societyB);
  private ProcessInstance applicationB;
  private Task correctionTaskB;
  private long documentOfB;

  @BeforeEach
  void societyBHasWorkInProgress() {
    applicationB = bothApplySecondAwaitsCorrection(societyA, societyB);
    correctionTaskB = singleTask(userB, applicationB.getId());
    as(userB, () -> {
      taskService.createComment(correctionTaskB.getId(), applicationB.getId(), "B 的内部说明");
      taskService.createAttachment("text/plain", correctionTaskB.getId(), applicationB.getId(), "B 的附件", "仅 B 可见",
          new java.io.ByteArrayInputStream("B-SECRET".getBytes(StandardCharsets.UTF_8)));
    });
    documentOfB = applicationDocuments.listForApplication(applicationKey(societyB)).get(0).id();
  }

  // ---- without a login ----

  @Test
  @DisplayName("Without a login: engine REST and the webapps' APIs answer 401, our pages ask to sign in")
  void nothingWithoutLogin() {
    WebappSession anonymous = WebappSession.anonymous(port);
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/process-instance",
        "/engine-rest/deployment", "/engine-rest/user", "/engine-rest/authorization", "/engine-rest/variable-instance",
        "/engine-rest/job", "/engine-rest/version", "/engine-rest/task/" + correctionTaskB.getId() + "/attachment")) {
      assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
    }
    for (String path : List.of("/camunda/api/engine/engine/default/task",
        "/camunda/api/engine/engine/default/process-instance/" + applicationB.getId() + "/variables",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/admin/auth/user/default")) {
      assertThat(anonymous.get(path).status()).as(path).isIn(401, 404);
      assertThat(anonymous.get(path).text()).as(path).doesNotContain(societyB);
    }
    for (String path : List.of("/society", "/society/" + societyB + "/drafts/" + year() + "/application", "/documents",
        "/documents/" + documentOfB, "/reports", "/audit/instances")) {
      Response page = anonymous.get(path);
      assertThat(page.status()).as(path).isEqualTo(401);
      assertThat(page.text()).as(path).doesNotContain(societyB + "-");
    }
    assertThat(anonymous.get("/society").text()).contains("请先登录", WebappSession.TASKLIST);
    Response webapp = anonymous.get("/camunda/app/");
    assertThat(webapp.status()).isEqualTo(302);
    assertThat(anonymous.get(webapp.location().orElseThrow().replaceFirst("^https?://[^/]+", "")).status()).isEqualTo(200);
    assertThat(anonymous.get(WebappSession.WHO_AM_I).status()).isIn(401, 404);
  }

  @Test
  @DisplayName("The first-administrator set-up is refused, with and without administrators")
  void adminSetupRefused() {
    String create = "/camunda/api/admin/setup/default/user/create";
    String intruder = "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Outside-Pass-2026\"}}";
    assertThat(WebappSession.anonymous(port).sendJson("POST", create, intruder).status()).isEqualTo(403);
    List<String> admins = identityService.createUserQuery().memberOfGroup(Groups.ADMIN).list().stream()
        .map(u -> u.getId()).toList();
    admins.forEach(id -> identityService.deleteMembership(id, Groups.ADMIN));
    try {
      WebappSession browser = WebappSession.anonymous(port);
      browser.get(WebappSession.TASKLIST);
      assertThat(browser.sendJson("POST", create, intruder).status()).isEqualTo(403);
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      admins.forEach(id -> identityService.createMembership(id, Groups.ADMIN));
    }
  }

  // ---- the wrong group ----

  @Test
  @DisplayName("With the wrong group: 403 for every sensitive endpoint")
  void wrongGroupIsRefused() {
    WebappSession society = rest(userA);
    assertThat(society.sendJson("POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"mallory\"},\"credentials\":{\"password\":\"Outside-Pass-2026\"}}").status()).isEqualTo(403);
    assertThat(society.sendJson("POST", "/engine-rest/group/create", "{\"id\":\"mallory\"}").status()).isEqualTo(403);
    assertThat(society.sendJson("POST", "/engine-rest/authorization/create",
        "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + userA + "\",\"resourceType\":8,\"resourceId\":\"*\"}")
        .status()).isEqualTo(403);
    assertThat(society.sendJson("PUT", "/engine-rest/group/" + Groups.ADMIN + "/members/" + userA, null).status())
        .isEqualTo(403);
    assertThat(society.sendJson("POST", "/engine-rest/process-definition/key/round/start", "{}").status()).isIn(403, 404);
    assertThat(society.sendJson("DELETE", "/engine-rest/process-instance/" + applicationB.getId(), null).status())
        .isIn(403, 404);
    assertThat(society.sendJson("POST", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{}}").status()).isEqualTo(403);

    WebappSession auditor = rest("auditor1");
    assertThat(auditor.sendJson("POST", "/engine-rest/process-instance/" + applicationB.getId() + "/variables/societyCode",
        null).status()).isIn(403, 404, 405);
    assertThat(auditor.sendJson("PUT", "/engine-rest/process-instance/" + applicationB.getId() + "/variables/societyCode",
        "{\"value\":\"X\",\"type\":\"String\"}").status()).isEqualTo(403);
    assertThat(auditor.sendJson("POST", "/engine-rest/task/" + correctionTaskB.getId() + "/claim",
        "{\"userId\":\"auditor1\"}").status()).isEqualTo(403);
    assertThat(runtimeService.getVariable(applicationB.getId(), "societyCode")).isEqualTo(societyB);

    WebappSession office = rest(OFFICE);
    assertThat(office.sendJson("POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"mallory\"},\"credentials\":{\"password\":\"Outside-Pass-2026\"}}").status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("mallory").count()).isZero();

    Map<String, List<String>> ownPages = Map.of(
        userA, List.of("/reports", "/reports/" + year() + "/awards.xlsx", "/audit/instances",
            "/audit/instances/" + applicationB.getId() + "/trail.csv", "/review/ranking-sheet/" + year() + ".xlsx",
            "/society/" + societyB + "/drafts/" + year() + "/application", "/actuator/prometheus"),
        "expert1", List.of("/reports", "/audit/instances", "/documents/" + documentOfB, "/actuator/prometheus"),
        "auditor1", List.of("/society/" + societyB + "/drafts/" + year() + "/application", "/society",
            "/actuator/prometheus"));
    ownPages.forEach((user, paths) -> {
      WebappSession session = WebappSession.login(port, user, PASSWORD, user.equals("auditor1") ? "cockpit" : "tasklist");
      for (String path : paths) {
        Response answer = path.startsWith("/actuator") ? rest(user).get(path) : session.get(path);
        assertThat(answer.status()).as(user + " " + path).isEqualTo(403);
        assertThat(answer.text()).as(user + " " + path).doesNotContain("capacity_outbox_backlog", societyB + ",");
      }
    });

    WebappSession webappSociety = WebappSession.login(port, userA, PASSWORD);
    assertThat(webappSociety.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics").status())
        .isEqualTo(403);
    assertThat(webappSociety.get("/camunda/api/admin/plugin/adminPlugins/default/").status()).isIn(403, 404);
    assertThat(webappSociety.tryLogin(userA, PASSWORD, "cockpit").status()).isIn(401, 403);
    assertThat(webappSociety.tryLogin(userA, PASSWORD, "admin").status()).isIn(401, 403);
  }

  @Test
  @DisplayName("Metrics: 401 without a login, 403 for a society, 200 for an administrator")
  void metricsForAdministratorsOnly() {
    assertThat(WebappSession.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(rest(userA).get("/actuator/prometheus").status()).isEqualTo(403);
    // A wrong password locks its user for a while, so it is tried on a user of its own.
    org.camunda.bpm.engine.identity.User gateAdmin = identityService.newUser("gateadmin");
    gateAdmin.setPassword("right-password");
    ((IdentityServiceImpl) identityService).saveUser(gateAdmin, true); // a test password below the policy
    identityService.createMembership("gateadmin", Groups.ADMIN);
    try {
      assertThat(WebappSession.anonymous(port).withBasicAuth("gateadmin", "wrong")
          .get("/actuator/prometheus").status()).isEqualTo(401);
    } finally {
      identityService.deleteUser("gateadmin");
    }
    // The engine's own figures over REST and the webapps' API: the whole installation's, so administrators' only.
    for (String path : List.of("/engine-rest/metrics/activity-instance-start/sum", "/engine-rest/metrics?name=activity-instance-start")) {
      Response society = rest(userA).get(path);
      assertThat(society.status()).as(path).isEqualTo(403);
      assertThat(society.text()).as(path).contains("系统运行指标仅供系统管理员查看");
      assertThat(rest("admin").get(path).status()).as(path).isEqualTo(200);
    }
    assertThat(WebappSession.login(port, userA, PASSWORD)
        .get("/camunda/api/engine/engine/default/metrics/activity-instance-start/sum").status()).isEqualTo(403);
    Response admin = rest("admin").get("/actuator/prometheus");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.text()).contains("capacity_outbox_backlog");
    assertThat(WebappSession.anonymous(port).get("/actuator/health").text()).contains("\"status\":\"UP\"")
        .doesNotContain("database\":", "details");
  }

  // ---- one society, another's work ----

  @Test
  @DisplayName("Society A reads none of B's tasks, variables, attachments, comments, documents or history by any endpoint")
  void anotherSocietysWorkIsUnreadable() {
    String task = correctionTaskB.getId();
    String instance = applicationB.getId();
    WebappSession restA = rest(userA);
    WebappSession webappA = WebappSession.login(port, userA, PASSWORD);
    for (String prefix : List.of("/engine-rest", "/camunda/api/engine/engine/default")) {
      WebappSession a = prefix.startsWith("/engine-rest") ? restA : webappA;
      for (String single : List.of("/task/" + task, "/task/" + task + "/variables", "/task/" + task + "/form-variables",
          "/task/" + task + "/attachment", "/task/" + task + "/comment", "/task/" + task + "/identity-links",
          "/process-instance/" + instance, "/process-instance/" + instance + "/variables",
          "/history/process-instance/" + instance, "/execution/" + instance)) {
        Response answer = a.get(prefix + single);
        assertThat(answer.status()).as(prefix + single).isIn(403, 404);
        assertThat(answer.text()).as(prefix + single).doesNotContain(societyB, "B-SECRET", "B 的");
      }
      for (String list : List.of("/task?processInstanceId=" + instance, "/task", "/process-instance",
          "/variable-instance?processInstanceIdIn=" + instance, "/variable-instance", "/execution",
          "/history/process-instance", "/history/variable-instance", "/history/detail", "/history/task",
          "/history/activity-instance?processInstanceId=" + instance, "/history/user-operation",
          "/history/identity-link-log", "/history/incident", "/history/job-log", "/history/external-task-log",
          "/job", "/incident", "/external-task", "/filter", "/deployment", "/user", "/group")) {
        Response answer = a.get(prefix + list);
        assertThat(answer.status()).as(prefix + list).isIn(200, 403);
        assertThat(answer.text()).as(prefix + list).doesNotContain(instance, task, "APP-" + year() + "-" + societyB,
            "B-SECRET", "B 的内部说明");
      }
    }
    for (String filter : restA.get("/engine-rest/filter").text().split("\"id\":\"")) {
      if (!filter.startsWith("[")) {
        String id = filter.substring(0, filter.indexOf('"'));
        assertThat(restA.get("/engine-rest/filter/" + id + "/list").text()).doesNotContain(task, instance);
      }
    }
    WebappSession pagesA = WebappSession.login(port, userA, PASSWORD);
    assertThat(pagesA.get("/documents/" + documentOfB).status()).isIn(403, 404);
    assertThat(pagesA.get("/documents").text()).doesNotContain(String.valueOf("/documents/" + documentOfB + "\""));
    assertThat(pagesA.get("/society").text()).doesNotContain("APP-" + year() + "-" + societyB);
    assertThat(pagesA.get("/society/" + societyB + "/drafts/" + year() + "/application").status()).isEqualTo(403);
  }

  // ---- expressions ----

  @Test
  @DisplayName("Task queries may not evaluate expressions, ad hoc or stored in a filter")
  void queryExpressionsAreRefused() {
    WebappSession office = rest(OFFICE);
    Response adhoc = office.get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");
    assertThat(adhoc.status()).isEqualTo(400);
    assertThat(office.sendJson("POST", "/engine-rest/task",
        "{\"candidateUserExpression\":\"${execution.getProcessEngineServices()}\"}").status()).isEqualTo(400);
    assertThat(WebappSession.login(port, OFFICE, PASSWORD).sendJson("POST",
        "/camunda/api/engine/engine/default/task/count",
        "{\"assigneeExpression\":\"${currentUser()}\"}").status()).isEqualTo(400);

    WebappSession admin = rest("admin");
    long filters = engine.getFilterService().createFilterQuery().count();
    Response stored = admin.sendJson("POST", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"表达式\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}");
    assertThat(stored.status()).isEqualTo(400);
    assertThat(stored.text()).contains("Expressions are forbidden in stored queries");
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
  }

  // ---- headers and cookies ----

  @Test
  @DisplayName("Every response is nosniff under a strict Content-Security-Policy")
  void strictHeadersEverywhere() {
    WebappSession signedIn = WebappSession.login(port, userA, PASSWORD);
    Map<String, Response> answers = new HashMap<>();
    answers.put("tasklist", signedIn.get("/camunda/app/tasklist/default/"));
    answers.put("cockpit", WebappSession.anonymous(port).get("/camunda/app/cockpit/default/"));
    answers.put("webapp api", signedIn.get("/camunda/api/engine/engine/default/task"));
    answers.put("engine rest", rest(userA).get("/engine-rest/task"));
    answers.put("engine rest 401", WebappSession.anonymous(port).get("/engine-rest/task"));
    answers.put("public", WebappSession.anonymous(port).get("/public"));
    answers.put("society", signedIn.get("/society"));
    answers.put("document", signedIn.get("/documents/" + applicationDocuments.listForApplication(
        applicationKey(societyA)).get(0).id()));
    answers.put("refusal", WebappSession.anonymous(port).get("/reports"));
    answers.put("health", WebappSession.anonymous(port).get("/actuator/health"));
    answers.put("not found", WebappSession.anonymous(port).get("/no-such-page"));
    answers.forEach((what, answer) -> {
      assertThat(answer.header("X-Content-Type-Options")).as(what).contains("nosniff");
      assertThat(answer.headers("Content-Security-Policy")).as(what).singleElement().satisfies(policy -> {
        assertThat(policy).as(what).contains("frame-ancestors", "base-uri")
            .doesNotContain("unsafe-eval", " * ", "*;", "http:", "https:", "data: 'unsafe");
        assertThat(policy).as(what).containsAnyOf("default-src 'none'", "default-src 'self'");
        if (policy.contains("script-src")) {
          assertThat(policy).as(what).contains("'strict-dynamic'", "'nonce-");
        }
      });
    });
  }

  @Test
  @DisplayName("Over HTTPS (behind the load balancer) every cookie is Secure, the session's HttpOnly; the webapps' CSRF token stays readable by their scripts")
  void cookiesOverHttps() throws Exception {
    // A cookie jar keeps Secure cookies away from http:// URLs, so this browser carries its cookies by hand.
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> first = browser.send(https("/camunda/app/tasklist/").GET().build(), BodyHandlers.ofString());
    List<String> firstCookies = first.headers().allValues("Set-Cookie");
    assertThat(firstCookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="))
        .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN="))
        .allSatisfy(SecurityGateTest::isSecureAndHttpOnly);
    String token = first.headers().firstValue(WebappSession.XSRF_HEADER).orElseThrow();
    HttpResponse<String> login = browser.send(https(WebappSession.LOGIN_PREFIX + "tasklist")
        .header("Cookie", firstCookies.stream().map(c -> c.substring(0, c.indexOf(';'))).collect(joining("; ")))
        .header(WebappSession.XSRF_HEADER, token)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=" + userA + "&password=" + PASSWORD)).build(), BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="))
        .allSatisfy(SecurityGateTest::isSecureAndHttpOnly);

    Response plain = WebappSession.anonymous(port).get("/camunda/app/tasklist/default/");
    assertThat(plain.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="))
        .allSatisfy(c -> assertThat(c.replace(" ", "")).doesNotContainIgnoringCase(";Secure"))
        .filteredOn(c -> c.startsWith("JSESSIONID=")).allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly"));
  }

  private HttpRequest.Builder https(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-Proto", "https");
  }

  private static void isSecureAndHttpOnly(String cookie) {
    assertThat(cookie.replace(" ", "")).containsIgnoringCase(";Secure").containsIgnoringCase(";SameSite");
    if (cookie.startsWith(WebappSession.XSRF_COOKIE + "=")) {
      // AngularJS and the Camunda SDK read it from document.cookie and echo it in X-XSRF-TOKEN.
      assertThat(cookie.replace(" ", "")).doesNotContainIgnoringCase(";HttpOnly");
    } else {
      assertThat(cookie.replace(" ", "")).containsIgnoringCase(";HttpOnly");
    }
  }

  // ---- public pages ----

  @Test
  @DisplayName("The public pages are rate-limited per client address, with a Chinese 429")
  void publicPagesAreRateLimited() throws InterruptedException {
    // The limit counts in fixed windows of page-request-window: a flood that ran across a window's
    // end would start counting afresh. Start it well inside a window.
    long window = publicity.pageRequestWindow().toMillis();
    long left = window - System.currentTimeMillis() % window;
    if (left < Math.min(20_000, window / 2)) {
      Thread.sleep(left + 50);
    }
    WebappSession flood = WebappSession.anonymous(port).withHeader("X-Forwarded-For", "203.0.113.77");
    int served = 0;
    Response answer = flood.get("/public");
    while (answer.status() == 200 && served <= publicity.pageRequestLimit()) {
      served++;
      answer = flood.get(served % 2 == 0 ? "/public" : "/public/");
    }
    assertThat(served).isEqualTo(publicity.pageRequestLimit());
    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.text()).contains("请求过于频繁");
    assertThat(answer.header("Retry-After")).isPresent();
    assertThat(flood.postMultipart("/public/objections", Map.of("objectorName", "x")).status()).isEqualTo(429);
    assertThat(WebappSession.anonymous(port).withHeader("X-Forwarded-For", "203.0.113.78").get("/public").status())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("The public pages escape everything they show back")
  void publicPagesEscape() {
    Map<String, String> fields = Map.of("objectorName", MARKUP, "objectorPhone", MARKUP, "objectorEmail", MARKUP,
        "noticeEntryId", MARKUP, "grounds", MARKUP);
    Response refused = WebappSession.anonymous(port).postMultipart("/public/objections", fields);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;");
  }

  // ---- uploads ----

  @Test
  @DisplayName("Uploads are judged by their content: markup named .pdf is refused, on the society's page and in objections")
  void uploadsAreCheckedByContent() {
    String societyC = DemoSocieties.ELIGIBLE.get(2);
    WebappSession c = WebappSession.login(port, DemoUsers.userOf(societyC), PASSWORD);
    int before = applicationDocuments.listPending(societyC, year()).size();
    String token = WebappSession.hiddenField(c.get("/documents").text(), "_csrf").orElseThrow();
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    Response disguised = c.postMultipart("/documents/upload",
        Map.of("_csrf", token, "roundYear", "" + year(), "kind", "BOARD_RESOLUTION"),
        new FilePart("file", "理事会决议.pdf", "application/pdf", html));
    assertThat(disguised.status()).isEqualTo(400);
    assertThat(disguised.text()).contains("按文件内容判断");
    assertThat(applicationDocuments.listPending(societyC, year())).hasSize(before);

    Response objection = WebappSession.anonymous(port).postMultipart("/public/objections",
        Map.of("objectorName", "赵先生", "objectorEmail", "zhao@example.cn", "noticeEntryId", "", "grounds",
            "该学会申报的继续教育培训期数与实际举办情况不符，请专项办公室核查。"),
        new FilePart("attachment", "证据.png", "image/png", html));
    assertThat(objection.status()).isEqualTo(400);
    assertThat(objection.text()).contains("按文件内容判断");
    assertThat(rows("objection")).isZero();
  }

  private WebappSession rest(String user) {
    return WebappSession.anonymous(port).withBasicAuth(user, PASSWORD);
  }
}
