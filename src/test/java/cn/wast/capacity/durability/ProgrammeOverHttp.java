package cn.wast.capacity.durability;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.FilePart;
import cn.wast.capacity.support.WebappSession.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo users' work on a running application, over HTTP only, as their browsers send it: the
 * office through the engine REST API (what Tasklist posts), societies through the upload page and
 * the REST API, experts scoring, the public objecting on {@code /public/}. The round's two
 * deadline timers are run early through the REST API by the administrator.
 */
final class ProgrammeOverHttp {

  static final String PASSWORD = "demo";
  private static final String OFFICE = "office1";
  private static final List<String> EXPERTS = List.of("expert1", "expert2", "expert3", "expert4", "expert5", "expert6");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NOTICE_ENTRY = Pattern.compile("<option value=\"(\\d+)\"");
  private static final Pattern RECEIPT = Pattern.compile("id=\"objection-number\">([^<]+)<");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final int port;
  private final LocalDate today;

  ProgrammeOverHttp(int port, LocalDate today) {
    this.port = port;
    this.today = today;
  }

  /** The office opens the year's round with applications due in a week; returns its instance id. */
  String openRound(int year, int quota) {
    Map<String, Object> form = SampleForms.round(year, today.plusDays(7), today.plusDays(27));
    form.put("quota", quota);
    return json(expect(200, rest(OFFICE, "POST", "/engine-rest/process-definition/key/round/submit-form",
        SampleForms.restVariables(form)))).get("id").asText();
  }

  void uploadBoardResolution(String society, int year) {
    WebappSession session = WebappSession.login(port, DemoUsers.userOf(society), PASSWORD);
    String token = WebappSession.hiddenField(session.get("/documents").text(), "_csrf").orElseThrow();
    expect(302, session.postMultipart("/documents/upload",
        Map.of("_csrf", token, "roundYear", String.valueOf(year), "kind", "BOARD_RESOLUTION"),
        new FilePart("file", "理事会决议.pdf", "application/pdf", SampleForms.PDF)));
  }

  /** The society submits its application form; the engine's answer as Tasklist gets it. */
  Response apply(String society, int year) {
    Map<String, Object> form = new HashMap<>(SampleForms.application(year));
    form.put("boardMeetingDate", today.toString());
    form.put("contactEmail", society.toLowerCase(Locale.ROOT) + "@contact.example.cn");
    return rest(DemoUsers.userOf(society), "POST", "/engine-rest/process-definition/key/application/submit-form",
        SampleForms.restVariables(form));
  }

  /** The office accepts the given number of applications at 形式审查, once eligibility has passed them. */
  void acceptApplications(int count) {
    JsonNode tasks = await(count + " applications at 形式审查", () -> {
      JsonNode open = json(rest(OFFICE, "GET",
          "/engine-rest/task?processDefinitionKey=application&taskDefinitionKey=FormalReview", null));
      return open.size() >= count ? open : null;
    });
    for (JsonNode task : tasks) {
      complete(OFFICE, task.get("id").asText(), Map.of("formalReviewDecision", "accepted"));
    }
  }

  /** Runs the round's deadline timers now, until the round waits at its office task {@code taskKey}. */
  void runDeadlinesUntil(String round, String taskKey) {
    await("the round at " + taskKey, () -> {
      for (JsonNode job : json(rest("admin", "GET", "/engine-rest/job?timers=true&processInstanceId=" + round, null))) {
        rest("admin", "POST", "/engine-rest/job/" + job.get("id").asText() + "/execute", null);
      }
      return officeTask(round, taskKey);
    });
  }

  /** The office forms the committee of every demo expert, five per application. */
  void formCommittee(String round) {
    String task = await("组建评审委员会", () -> officeTask(round, "FormCommittee"));
    complete(OFFICE, task, Map.of("committeeExperts", EXPERTS, "expertsPerApplication", 5));
  }

  /** Every seat of the given number of applications is scored, the first society higher. */
  void scoreAll(int applications, String first) {
    int[] scored = {0};
    await(applications * 5 + " seats scored", () -> {
      for (String expert : EXPERTS) {
        for (JsonNode task : json(rest(expert, "GET",
            "/engine-rest/task?taskDefinitionKey=ScoreApplication&assignee=" + expert, null))) {
          String id = task.get("id").asText();
          String application = json(rest(expert, "GET", "/engine-rest/task/" + id + "/variables/seatApplicationKey",
              null)).get("value").asText();
          double score = application.endsWith("-" + first) ? 90.0 : 80.0;
          complete(expert, id, Map.of("scoreC1", score, "scoreC2", score, "scoreC3", score, "scoreC4", score,
              "scoreComment", "材料翔实，成效明显。", "conflictDeclared", false));
          scored[0]++;
        }
      }
      return scored[0] >= applications * 5 ? Boolean.TRUE : null;
    });
  }

  /** The office confirms the proposed list; returns the public notice entry the public may object to. */
  long confirmProposedList(String round) {
    String task = await("确认拟表彰名单", () -> officeTask(round, "ConfirmProposedList"));
    complete(OFFICE, task, Map.of("proposedListConfirmed", true));
    return await("the list on /public/", () -> {
      Matcher entry = NOTICE_ENTRY.matcher(WebappSession.anonymous(port).get("/public/").text());
      return entry.find() ? Long.valueOf(entry.group(1)) : null;
    });
  }

  /** An objection on the public page; the answer, whose page shows the receipt number. */
  Response object(long noticeEntry, int objector) {
    Map<String, String> form = SampleForms.objection(noticeEntry, "异议人" + objector,
        "objector" + objector + "@public.example.cn",
        "该学会申报的继续教育培训期数与实际举办情况不符，请专项办公室核查（第 " + objector + " 份）。");
    form.put("objectorPhone", "027-8666" + String.format(Locale.ROOT, "%04d", objector));
    return WebappSession.anonymous(port).postMultipart("/public/objections", form);
  }

  static String receiptNumber(Response acknowledged) {
    Matcher number = RECEIPT.matcher(acknowledged.text());
    if (!number.find()) {
      throw new AssertionError("no receipt number on the answer: " + acknowledged.status());
    }
    return number.group(1).strip();
  }

  /** How many instances of the process have this business key, as the administrator's REST query finds them. */
  int instances(String processKey, String businessKey) {
    return json(expect(200, rest("admin", "GET", "/engine-rest/history/process-instance/count?processDefinitionKey="
        + processKey + "&processInstanceBusinessKey=" + businessKey, null))).get("count").asInt();
  }

  /** Mails not sent yet, from the metrics. */
  double outboxBacklog() {
    Matcher backlog = Pattern.compile("(?m)^capacity_outbox_backlog(?:\\{[^}]*})? ([0-9.E+]+)$")
        .matcher(rest("admin", "GET", "/actuator/prometheus", null).text());
    return backlog.find() ? Double.parseDouble(backlog.group(1)) : Double.NaN;
  }

  /** Process jobs due now (the engine's own history clean-up left out). */
  long dueJobs() {
    JsonNode jobs = json(rest("admin", "GET", "/engine-rest/job?executable=true", null));
    long due = 0;
    for (JsonNode job : jobs) {
      due += job.path("processInstanceId").isTextual() ? 1 : 0;
    }
    return due;
  }

  private String officeTask(String round, String taskKey) {
    JsonNode tasks = json(rest(OFFICE, "GET",
        "/engine-rest/task?processInstanceId=" + round + "&taskDefinitionKey=" + taskKey, null));
    return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
  }

  private void complete(String user, String task, Map<String, Object> form) {
    if (!user.startsWith("expert")) {
      expect(204, rest(user, "POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + user + "\"}"));
    }
    expect(204, rest(user, "POST", "/engine-rest/task/" + task + "/submit-form", SampleForms.restVariables(form)));
  }

  private Response rest(String user, String method, String path, String body) {
    return WebappSession.anonymous(port).withBasicAuth(user, PASSWORD).sendJson(method, path, body);
  }

  private static Response expect(int status, Response response) {
    if (response.status() != status) {
      throw new AssertionError("HTTP " + response.status() + " (expected " + status + "): " + response.text());
    }
    return response;
  }

  private static JsonNode json(Response response) {
    try {
      return JSON.readTree(expect(200, response).text());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T await(String what, Supplier<T> found) {
    long giveUp = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < giveUp) {
      T value = found.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
  }
}
