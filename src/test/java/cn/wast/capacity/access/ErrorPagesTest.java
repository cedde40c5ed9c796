package cn.wast.capacity.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.ProcessTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every error on every path answers in Chinese over real HTTP: a browser gets a page styled like
 * our own, an API caller JSON; never Spring's English page, an English reason or a stack trace.
 */
class ErrorPagesTest extends ProcessTestBase {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final List<String> ENGLISH = List.of("Whitelabel", "Not Found", "Bad Request", "Method Not Allowed",
      "Forbidden", "Internal Server Error", "Exception", "No static resource", "status=", "trace", "timestamp");

  private static final List<String> UNKNOWN_PATHS = List.of("/audit", "/audit/", "/public/no-such-page",
      "/public/objections/nothing", "/reports/no-such-page", "/society/no/such/page", "/office/no/such/page",
      "/no-such-page");

  @Test
  @DisplayName("An unknown path of ours: a Chinese 404 page for browsers, signed in or not")
  void unknownPathsAnswerAChinesePage() {
    for (Supplier<WebappSession> who : List.<Supplier<WebappSession>>of(
        () -> WebappSession.anonymous(port),
        () -> WebappSession.login(port, "office1", "demo"),
        () -> WebappSession.login(port, "auditor1", "demo", "cockpit"),
        () -> WebappSession.login(port, DemoUsers.userOf(DemoSocieties.ELIGIBLE.get(0)), "demo"))) {
      WebappSession session = who.get().withHeader("Accept", BROWSER);
      for (String path : UNKNOWN_PATHS) {
        assertChinesePage(session.get(path), 404, "页面不存在", path);
      }
    }
  }

  @Test
  @DisplayName("An unknown path for an API caller: Chinese JSON")
  void unknownPathsAnswerChineseJson() throws Exception {
    WebappSession caller = WebappSession.login(port, "office1", "demo").withHeader("Accept", "application/json");
    for (String path : UNKNOWN_PATHS) {
      assertChineseJson(caller.get(path), 404, "页面不存在", path);
    }
  }

  @Test
  @DisplayName("A malformed request (400) and a method a page does not take (405) answer in Chinese")
  void badRequestAndWrongMethod() throws Exception {
    WebappSession browser = WebappSession.anonymous(port).withHeader("Accept", BROWSER);
    assertChinesePage(browser.get("/objections/not-a-number/attachment"), 400, "请求有误", "400");
    assertChinesePage(browser.sendJson("DELETE", "/public/", null), 405, "不支持此操作", "DELETE /public/");
    WebappSession office = WebappSession.login(port, "office1", "demo").withHeader("Accept", BROWSER);
    assertChinesePage(office.get("/reports/not-a-year/award.xlsx"), 400, "请求有误", "400 reports");
    assertChinesePage(office.postForm("/reports", Map.of("a", "b")), 405, "不支持此操作", "POST /reports");

    WebappSession api = WebappSession.anonymous(port).withHeader("Accept", "application/json");
    assertChineseJson(api.get("/objections/not-a-number/attachment"), 400, "请求有误", "400 json");
    assertChineseJson(api.sendJson("DELETE", "/public/", null), 405, "不支持此操作", "405 json");
  }

  @Test
  @DisplayName("A failure (500) answers in Chinese, without an exception or a trace")
  void failureAnswersInChinese() throws Exception {
    // the error page as the container shows it after an exception (no status of its own: a failure)
    assertChinesePage(WebappSession.anonymous(port).withHeader("Accept", BROWSER).get("/error"), 500, "系统暂时出错", "500");
    assertChineseJson(WebappSession.anonymous(port).withHeader("Accept", "application/json").get("/error"), 500,
        "系统暂时出错", "500 json");
  }

  private static void assertChinesePage(Response response, int status, String title, String what) {
    String html = response.text();
    assertThat(response.status()).as(what + ": " + html).isEqualTo(status);
    assertThat(response.header("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html).as(what).contains("<html", "lang=\"zh-CN\"", title, "学会能力提升专项", "返回");
    ENGLISH.forEach(word -> assertThat(html).as(what).doesNotContainIgnoringCase(word));
    assertThat(response.header("Content-Security-Policy")).as(what)
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'").doesNotContain("script-src"));
    assertThat(response.header("Cache-Control")).as(what).hasValue("no-store");
  }

  private static void assertChineseJson(Response response, int status, String error, String what) throws Exception {
    String text = response.text();
    assertThat(response.status()).as(what + ": " + text).isEqualTo(status);
    assertThat(response.header("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).contains("json"));
    JsonNode body = new ObjectMapper().readTree(text);
    assertThat(body.path("status").asInt()).as(what).isEqualTo(status);
    assertThat(body.path("error").asText()).as(what).isEqualTo(error);
    assertThat(body.path("message").asText()).as(what).matches(".*[\\u4e00-\\u9fff].*");
    ENGLISH.forEach(word -> assertThat(text).as(what).doesNotContainIgnoringCase(word));
  }
}
