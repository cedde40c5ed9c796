package cn.wast.capacity.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.support.FormText;
import cn.wast.capacity.support.FullLength;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleFiles;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.FilePart;
import cn.wast.capacity.support.WebappSession.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-SUP-2: objections on the public notice page: taken and acknowledged, or refused with a
 * Chinese message beside the field and nothing stored.
 */
class ObjectionTest extends ReviewTestBase {

  @Autowired ObjectionIntake intake;

  private NoticeEntry whlx;


  @BeforeEach
  void publishWhlx() {
    publishedRound(List.of("WHLX", "WHSX"));
    whlx = notices.findByApplication(applicationKey("WHLX")).orElseThrow();
    forgetDeliveredMail();
  }

  private Map<String, String> objection() {
    return SampleForms.objection(whlx.id());
  }

  private Response post(Map<String, String> fields, FilePart... files) {
    return WebappSession.anonymous(port).postMultipart("/public/objections", fields, files);
  }

  @Test
  @DisplayName("R-SUP-2: the notice is public and Chinese; an objection is stored, acknowledged and becomes an office task")
  void objectionIsTakenAndAcknowledged() {
    Response page = WebappSession.anonymous(port).get("/public/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(year() + " 年度拟表彰学会名单公示", "武汉力学学会", "公示中", "提出异议")
        .doesNotContain("武汉数学学会");
    assertThat(page.header("Content-Security-Policy")).get().asString().contains("default-src 'none'");

    Response answer = post(objection(), new FilePart("attachment", "培训通知.pdf", "application/pdf", PDF));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).contains("异议编号", "受理回执已发送至");
    Objection stored = objections.findByRound(year()).get(0);
    assertThat(stored.status()).isEqualTo(ObjectionStatus.RECEIVED);
    assertThat(stored.attachmentName()).isEqualTo("培训通知.pdf");
    assertThat(stored.societyCode()).isEqualTo("WHLX");
    assertThat(deliveredTo("zhao@example.cn")).singleElement()
        .satisfies(m -> assertThat(subject(m)).contains("异议受理回执", stored.number()));
    assertThat(deliveredTo("whlx@societies.example.cn")).isEmpty();
    Task task = as(OFFICE, () -> taskService.createTaskQuery().processInstanceBusinessKey(stored.number()).singleResult());
    assertThat(task.getTaskDefinitionKey()).isEqualTo("InvestigateObjection");
    assertThat(as(OFFICE, () -> (String) taskService.getVariable(task.getId(), "attachmentLink")))
        .contains("/objections/" + stored.id() + "/attachment");
    Response file = WebappSession.login(port, OFFICE, "demo").get("/objections/" + stored.id() + "/attachment");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(PDF);
    assertThat(WebappSession.login(port, "whlx", "demo").get("/objections/" + stored.id() + "/attachment").status())
        .isEqualTo(403);
    assertThat(WebappSession.anonymous(port).get("/objections/" + stored.id() + "/attachment").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("R-SUP-2: every bad objection is refused beside its field, keeps what was typed, and stores nothing")
  void badObjectionsStoreNothing() {
    Map<String, String> empty = objection();
    empty.put("grounds", "  ");
    refused(post(empty), 400, "error-grounds", "请写明异议的事实和理由");
    Map<String, String> shortGrounds = objection();
    shortGrounds.put("grounds", "材料不实。");
    Response kept = post(shortGrounds);
    refused(kept, 400, "error-grounds", "至少 20 个字");
    assertThat(kept.text()).contains("赵先生", "zhao@example.cn");
    Map<String, String> noContact = objection();
    noContact.put("objectorPhone", "");
    noContact.put("objectorEmail", "");
    refused(post(noContact), 400, "error-objectorPhone", "请至少留下一种联系方式");
    Map<String, String> badEmail = objection();
    badEmail.put("objectorEmail", "zhao-at-example");
    refused(post(badEmail), 400, "error-objectorEmail", "电子邮箱格式不正确");
    Map<String, String> notListed = objection();
    notListed.put("noticeEntryId", "999999");
    refused(post(notListed), 400, "error-noticeEntryId", "所选学会不在公示名单上");
    refused(post(objection(), new FilePart("attachment", "证据.pdf", "application/pdf",
        "这不是PDF文件".getBytes(StandardCharsets.UTF_8))), 400, "error-attachment", "");

    setClock(whlx.endsAt().plusSeconds(60));
    refused(post(objection()), 400, "error-noticeEntryId", "公示期已结束");
    assertNothingStored();
  }

  @Test
  @DisplayName("R-SUP-2: an attachment that runs, carries files or hides script behind a signature is refused beside its field")
  void hostileAttachmentsStoreNothing() {
    SampleFiles.hostile().forEach((what, content) -> {
      Response answer = post(objection(), new FilePart("attachment", "证据.pdf", "application/pdf", content));
      assertThat(answer.status()).as(what).isEqualTo(400);
      assertThat(answer.text()).as(what).contains("id=\"error-attachment\"").containsAnyOf("出于安全原因不予接收", "无法打开");
    });
    assertNothingStored();
  }

  @Test
  @DisplayName("R-SUP-2: grounds at the page's full 5,000 characters, with English punctuation, are taken whole and reach the office's task as text")
  void groundsAtTheLimitAreTakenWhole() {
    String piece = "第3.2节(2025-06)所述数据与附件[2]不符: 实际参加100人, 非500人! ";
    Map<String, String> full = objection();
    full.put("grounds", FullLength.of(piece, ObjectionForm.MAX_GROUNDS));

    Response answer = post(full);

    assertThat(answer.status()).isEqualTo(200);
    Objection stored = objections.findByRound(year()).get(0);
    assertThat(stored.grounds()).isEqualTo(full.get("grounds"));
    Task task = as(OFFICE, () -> taskService.createTaskQuery().processInstanceBusinessKey(stored.number()).singleResult());
    assertThat(task.getTaskDefinitionKey()).isEqualTo("InvestigateObjection");
    assertThat(FormText.filled("investigate-objection", as(OFFICE, () -> taskService.getVariables(task.getId()))))
        .contains("第3\\.2节\\(2025\\-06\\)所述数据与附件\\[2\\]不符\\: 实际参加100人\\, 非500人\\!");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-SUP-2: grounds are counted in characters as people count them: ten emoji are not twenty characters")
  void groundsAreCountedInCharacters() {
    Map<String, String> emoji = objection();
    emoji.put("grounds", "😡".repeat(10));
    refused(post(emoji), 400, "error-grounds", "至少 20 个字");
    assertNothingStored();
  }

  @Test
  @DisplayName("R-SUP-2: control and invisible formatting characters are refused in the name and the grounds, line breaks in the grounds are not")
  void hiddenCharactersAreRefused() {
    List<String> hidden = List.of("\r\n", "\n", "\u0000", "\u0007", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069");
    for (String character : hidden) {
      String code = character.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
      Map<String, String> name = objection();
      name.put("objectorName", "赵" + character + "先生");
      Response refusedName = post(name);
      assertThat(refusedName.status()).as(code).isEqualTo(400);
      assertThat(refusedName.text()).as(code).contains("id=\"error-objectorName\"", "含有看不见的字符");
      if (character.equals("\r\n") || character.equals("\n")) {
        continue;
      }
      Map<String, String> grounds = objection();
      grounds.put("grounds", "该学会申报的继续教育" + character + "培训期数与实际举办情况不符，请专项办公室核查。");
      Response refusedGrounds = post(grounds);
      assertThat(refusedGrounds.status()).as(code).isEqualTo(400);
      assertThat(refusedGrounds.text()).as(code).contains("id=\"error-grounds\"", "含有看不见的字符");
    }
    assertNothingStored();

    Map<String, String> lines = objection();
    lines.put("grounds", "该学会申报的继续教育培训期数与实际举办情况不符。\r\n第一，培训通知未发布；\r\n第二，签到表缺失。");
    assertThat(post(lines).status()).isEqualTo(200);
    assertThat(objections.findByRound(year())).singleElement()
        .satisfies(o -> assertThat(o.grounds()).isEqualTo(
            "该学会申报的继续教育培训期数与实际举办情况不符。\n第一，培训通知未发布；\n第二，签到表缺失。"));
  }

  @Test
  @DisplayName("R-SUP-2: the same objection again (same society, contact and grounds, spacing aside) is refused naming the first one's number")
  void exactRepeatIsRefused() {
    Map<String, String> first = objection();
    first.put("grounds", "该学会申报的继续教育培训期数与实际不符。 请专项办公室核查 2025 年的签到表。");
    assertThat(post(first).status()).isEqualTo(200);
    Objection stored = objections.findByRound(year()).get(0);
    forgetDeliveredMail();

    Map<String, String> again = objection();
    again.put("grounds", "  该学会申报的继续教育培训期数与实际不符。\r\n  请专项办公室核查   2025 年的签到表。 ");
    again.put("objectorEmail", "ZHAO@example.cn");
    Response repeated = post(again);
    refused(repeated, 400, "error-grounds", "异议编号 " + stored.number());
    assertThat(repeated.text()).contains("无需重复提交");
    assertThat(objections.findByRound(year())).hasSize(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("objection").count()).isEqualTo(1);
    assertThat(deliveredMail()).isEmpty();

    Map<String, String> otherContact = objection();
    otherContact.put("grounds", first.get("grounds"));
    otherContact.put("objectorPhone", "027-86669999");
    assertThat(post(otherContact).status()).isEqualTo(200);
    assertThat(objections.findByRound(year())).hasSize(2);
  }

  @Test
  @DisplayName("R-SUP-2: the same objection sent twice at the same moment is taken once; the other is told it repeats the first")
  void simultaneousRepeatIsTakenOnce() throws Exception {
    Objections.NewObjection objection = new Objections.NewObjection(whlx, "赵先生", "027-86661234", null,
        "该学会申报的继续教育培训期数与实际举办情况不符，请专项办公室核查。", null, null, null, now(), "203.0.113.9");
    CyclicBarrier together = new CyclicBarrier(2);
    Callable<String> send = () -> {
      together.await();
      try {
        return intake.receive(objection).number();
      } catch (RepeatedObjectionException repeated) {
        return "repeats " + repeated.first().number();
      }
    };
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<String> outcomes = new ArrayList<>();
      for (Future<String> outcome : two.invokeAll(List.of(send, send))) {
        outcomes.add(outcome.get());
      }
      String number = objections.findByRound(year()).get(0).number();
      assertThat(outcomes).containsExactlyInAnyOrder(number, "repeats " + number);
    } finally {
      two.shutdownNow();
    }
    assertThat(objections.findByRound(year())).hasSize(1);
  }

  @Test
  @DisplayName("R-SUP-2: a flood from one address is refused after the limit, and stores nothing more")
  void floodIsRefused() {
    for (int i = 0; i < 5; i++) {
      Map<String, String> fields = objection();
      fields.put("objectorEmail", "person" + i + "@example.cn");
      assertThat(post(fields).status()).isEqualTo(200);
    }
    Map<String, String> sixth = objection();
    sixth.put("objectorEmail", "person6@example.cn");
    refused(post(sixth), 429, "error-form", "提交过于频繁");
    assertThat(objections.findByRound(year())).hasSize(5);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("objection").count()).isEqualTo(5);
    setClock(now().plus(java.time.Duration.ofDays(1)).plusSeconds(60));
    assertThat(post(sixth).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("R-SUP-2 R-SUP-1: the office's finding needs a conclusion and reasons, and fraud only with an upheld objection")
  void badFindingIsRefused() {
    assertThat(post(objection()).status()).isEqualTo(200);
    Objection stored = objections.findByRound(year()).get(0);
    Task task = as(OFFICE, () -> taskService.createTaskQuery().processInstanceBusinessKey(stored.number()).singleResult());
    Map<String, Object> bad = new HashMap<>();
    bad.put("objectionDecision", "dismissed");
    bad.put("objectionReasons", "不成立");
    bad.put("fraudFound", true);
    assertThatThrownBy(() -> claimAndComplete(OFFICE, task, bad))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("至少 10 个字")
        .hasMessageContaining("只有异议成立时才能认定弄虚作假");
    assertThat(objections.find(stored.id()).orElseThrow().status()).isEqualTo(ObjectionStatus.RECEIVED);
    assertThat(as(OFFICE, () -> taskService.createTaskQuery().taskId(task.getId()).count())).isEqualTo(1);
  }

  @Test
  @DisplayName("R-SUP-2: what the public typed reaches the office's form as text, never as a link")
  void publicTextIsNotMarkdown() {
    Map<String, String> fields = objection();
    fields.put("grounds", "详见[这份说明](http://evil.example/x)，该学会的培训期数与实际不符。");
    assertThat(post(fields).status()).isEqualTo(200);
    Objection stored = objections.findByRound(year()).get(0);
    Task task = as(OFFICE, () -> taskService.createTaskQuery().processInstanceBusinessKey(stored.number()).singleResult());
    assertThat(FormText.filled("investigate-objection", as(OFFICE, () -> taskService.getVariables(task.getId()))))
        .contains("\\[这份说明\\]\\(http\\:\\/\\/evil\\.example\\/x\\)");
  }

  private void refused(Response response, int status, String errorId, String message) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.text()).contains("id=\"" + errorId + "\"", message);
  }

  private void assertNothingStored() {
    assertThat(objections.findByRound(year())).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("objection").count()).isZero();
    assertThat(deliveredMail()).isEmpty();
  }
}
