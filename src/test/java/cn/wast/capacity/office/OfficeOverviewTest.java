package cn.wast.capacity.office;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.mail.OutboxProperties;
import cn.wast.capacity.mail.OutboxSender;
import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.publicity.Objection;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The office overview (/office/) after scripted rounds, read over HTTP as the office and the
 * auditors read it: applications by stage, deadlines in date order, open objections and failed
 * mails, each leading to its task or page; and who may open it.
 */
class OfficeOverviewTest extends ReviewTestBase {

  private static final Pattern STAGE_ROW =
      Pattern.compile("<tr data-stage=\"([^\"]+)\">\\s*<td>[^<]*</td><td class=\"count\">(\\d+)</td>");

  @Autowired OutboxProperties outboxProperties;
  @Autowired PlatformTransactionManager transactionManager;

  static String overview(int port, String user, String app) {
    Response page = WebappSession.login(port, user, "demo", app).get("/office/");
    assertThat(page.status()).as("/office/ for " + user).isEqualTo(200);
    return page.text();
  }

  /** The stage table: stage to count, in the page's order. */
  static Map<String, Integer> stages(String page) {
    Map<String, Integer> stages = new LinkedHashMap<>();
    Matcher row = STAGE_ROW.matcher(page);
    while (row.find()) {
      stages.put(row.group(1), Integer.valueOf(row.group(2)));
    }
    return stages;
  }

  static String section(String page, String id) {
    int start = page.indexOf("<section id=\"" + id + "\">");
    assertThat(start).as("section " + id).isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  /** A deadline as the office reads it: one at midnight is the whole day before it. */
  static String due(Instant at) {
    if (at.atZone(ZONE).toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return ChineseDates.date(LocalDate.ofInstant(at, ZONE).minusDays(1)) + "（当天24时截止）";
    }
    return ChineseDates.date(LocalDate.ofInstant(at, ZONE)) + "（当天"
        + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ZONE)) + "截止）";
  }

  private static String tasklistLink(String taskId) {
    return "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** Sends what is due through an SMTP server that is down, with one attempt allowed: those mails are FAILED. */
  private void sendWhileSmtpIsDown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    JavaMailSenderImpl down = new JavaMailSenderImpl();
    down.setHost("127.0.0.1");
    down.setPort(closedPort);
    down.setDefaultEncoding(StandardCharsets.UTF_8.name());
    OutboxProperties once = new OutboxProperties(outboxProperties.from(), outboxProperties.officeAddress(),
        outboxProperties.batchSize(), 1, outboxProperties.retryDelay(), outboxProperties.sendInterval(),
        outboxProperties.claimLock());
    new OutboxSender(jdbc, transactionManager, down, once).sendDue();
  }

  @Test
  @DisplayName("Intake: the office sees each stage's count, the deadlines in date order with the correction task, and the failed mail")
  void intakeFigures() throws IOException {
    openRound();
    for (String code : List.of("WHJX", "WHJSJ", "WHTJ", DemoSocieties.FAILS_R_ELIG_1)) {
      uploadBoardResolution(code);
      apply(code);
    }
    executeDueJobs();
    claimAndComplete(OFFICE, formalReview("WHJX"), Map.of("formalReviewDecision", "accepted"));
    deliveredMail();
    claimAndComplete(OFFICE, formalReview("WHJSJ"), SampleForms.correction("请补充 C2 方面的证明材料。"));
    sendWhileSmtpIsDown();
    Task correction = as(OFFICE, () -> taskService.createTaskQuery().processInstanceBusinessKey(applicationKey("WHJSJ"))
        .taskDefinitionKey("CorrectApplication").singleResult());

    String page = overview(port, OFFICE, "tasklist");

    assertThat(stages(page)).containsExactly(Map.entry("形式审查", 1), Map.entry("需补正", 1),
        Map.entry("已受理，待专家评审", 1), Map.entry("不予受理", 1));
    assertThat(page).contains(year() + " 年度", "申报中", "共收到申报 <span id=\"total\">4</span> 份",
        "<canvas id=\"stage-chart\"", "/office/stage-chart.js", "/webjars/chart.js/");

    String deadlines = section(page, "deadlines");
    String correctionDue = due(correction.getDueDate().toInstant());
    String applicationDue = ChineseDates.date(applicationDeadline()) + "（当天24时截止）";
    String reviewDue = ChineseDates.date(formalReviewDeadline()) + "（当天24时截止）";
    assertThat(deadlines).contains("申报截止", "形式审查截止", correctionDue, tasklistLink(correction.getId()));
    assertThat(deadlines.indexOf(correctionDue)).as("the correction is due first")
        .isLessThan(deadlines.indexOf(applicationDue));
    assertThat(deadlines.indexOf(applicationDue)).isLessThan(deadlines.indexOf(reviewDue));
    String corrected = societyName("WHJSJ");
    assertThat(deadlines.substring(deadlines.indexOf(correctionDue))).contains(corrected);

    String failed = section(page, "failed-mails");
    assertThat(failed).contains("补正通知", corrected, "已尝试 1 次", "/audit/instances/");
    assertThat(section(page, "objections")).contains("没有待核查的异议");
    assertThat(section(page, "checks")).contains("没有进行中或即将开始的检查");
  }

  @Test
  @DisplayName("Public notice: the notice's end is a deadline, an objection is open with its task for the office and its audit trail for the auditor")
  void noticeFigures() {
    publishedRound(List.of("WHLX", "WHSX"));
    NoticeEntry whlx = notices.findByApplication(applicationKey("WHLX")).orElseThrow();
    Objection objection = object(SampleForms.objection(whlx.id()));
    Task investigate = investigation(objection);

    String page = overview(port, OFFICE, "tasklist");
    assertThat(stages(page)).containsExactly(Map.entry("公示", 1), Map.entry("未列入拟表彰名单", 1));
    assertThat(section(page, "deadlines")).contains("公示期满", "1 个公示名额", due(whlx.endsAt()), "/public/");
    String open = section(page, "objections");
    assertThat(open).contains(objection.number(), "待核查", societyName("WHLX"), tasklistLink(investigate.getId()));

    String audited = overview(port, "auditor1", "cockpit");
    assertThat(stages(audited)).isEqualTo(stages(page));
    assertThat(section(audited, "objections")).contains(objection.number(), societyName("WHLX"),
        "/audit/instances/" + investigate.getProcessInstanceId() + "/print").doesNotContain("/camunda/app/tasklist/");
    assertThat(audited).contains("审计人员只读查看");
  }

  @Test
  @DisplayName("Only the office and the auditors open the overview; others get a Chinese 403, strangers a 401; the menu links it for them alone")
  void access() {
    openRound();
    uploadBoardResolution("WHJX");
    apply("WHJX");
    executeDueJobs();
    Response office = WebappSession.login(port, OFFICE, "demo").get("/office/");
    assertThat(office.status()).isEqualTo(200);
    // Like the webapps' policy: only the scripts that carry this answer's nonce run, none inline.
    String policy = office.header("Content-Security-Policy").orElseThrow();
    Matcher nonce = Pattern.compile("script-src 'nonce-([A-Za-z0-9+/=]{16,})' 'strict-dynamic'").matcher(policy);
    assertThat(nonce.find()).as(policy).isTrue();
    assertThat(policy).doesNotContain("unsafe-eval", "unsafe-inline' 'self'; style").contains("default-src 'none'");
    assertThat(office.text().split("nonce=\"" + Pattern.quote(nonce.group(1)) + "\"", -1))
        .as("Chart.js and the chart's script carry the nonce").hasSize(3);
    assertThat(WebappSession.login(port, OFFICE, "demo").get("/office/").header("Content-Security-Policy").orElseThrow())
        .as("a new nonce for every answer").doesNotContain(nonce.group(1));
    assertThat(office.text()).as("日常管理 leads to every register, the office's forms included")
        .contains("href=\"/office/societies\"", "href=\"/office/societies/import\"", "href=\"/office/credit\"",
            "href=\"/office/experts\"", "href=\"/office/experts/import\"", "href=\"/office/accounts\"", "href=\"/office/mails\"",
            "href=\"/office/mails/notice\"");
    Response audited = WebappSession.login(port, "auditor1", "demo", "cockpit").get("/office/");
    assertThat(audited.status()).isEqualTo(200);
    assertThat(audited.text()).as("the auditor reads the registers but is not led to the office's forms")
        .contains("href=\"/office/societies\"", "href=\"/office/mails\"")
        .doesNotContain("/office/societies/import", "/office/experts/import", "/office/mails/notice");
    for (String user : List.of("whjx", "expert1")) {
      Response refused = WebappSession.login(port, user, "demo").get("/office/");
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.text()).contains("无权访问", "工作概览只对专项办公室和审计人员开放");
      assertThat(WebappSession.login(port, user, "demo").get("/navigation").text()).doesNotContain("/office/");
    }
    Response stranger = WebappSession.anonymous(port).get("/office/");
    assertThat(stranger.status()).isEqualTo(401);
    assertThat(stranger.text()).contains("请先登录");
    assertThat(WebappSession.login(port, OFFICE, "demo").get("/navigation").text()).contains("工作概览", "/office/");
    assertThat(WebappSession.login(port, "auditor1", "demo", "cockpit").get("/navigation").text())
        .contains("工作概览", "/office/");
    Matcher script = Pattern.compile("src=\"(/webjars/chart\\.js/[^\"]+)\"").matcher(office.text());
    assertThat(script.find()).as("the page loads Chart.js from the system itself").isTrue();
    Response chart = WebappSession.anonymous(port).get(script.group(1));
    assertThat(chart.status()).isEqualTo(200);
    assertThat(chart.text()).contains("Chart");
    assertThat(WebappSession.login(port, OFFICE, "demo").get("/office/?year=1999").status()).isEqualTo(404);
  }

  private Task formalReview(String code) {
    return as(OFFICE, () -> taskService.createTaskQuery().processInstanceBusinessKey(applicationKey(code))
        .taskDefinitionKey("FormalReview").singleResult());
  }

  private String societyName(String code) {
    return jdbc.queryForObject("SELECT name FROM society WHERE code = ?", String.class, code);
  }
}
