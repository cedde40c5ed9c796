package cn.wast.capacity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The auditors' API behind the Cockpit plugin: a refused application (finished) and one sent
 * back for correction (running), found by round, society, outcome and state, each with its whole
 * history; as CSV and as a printable page; for auditors and the office only.
 */
class AuditTrailsTest extends IntakeTestBase {

  private ProcessInstance refused;
  private ProcessInstance running;
  private WebappSession auditor;

  @BeforeEach
  void refusedAndRunning() {
    openRound();
    uploadBoardResolution("WHQC");
    refused = apply("WHQC");
    uploadBoardResolution("WHDJ");
    running = apply("WHDJ");
    executeDueJobs();
    claimAndComplete(OFFICE, singleTask(OFFICE, running.getId()),
        Map.of("formalReviewDecision", "correction", "correctionRequest", "请补充 C2 方面的委托合同扫描件。"));
    deliveredMail();
    auditor = WebappSession.login(port, "auditor1", "demo", "cockpit");
  }

  @Test
  @DisplayName("Instances are found by process, round, society, outcome and state, finished and running alike")
  void search() {
    String all = auditor.get("/audit/instances?process=application&year=" + year()).text();
    assertThat(all).contains(refused.getId(), running.getId(), "APP-" + year() + "-WHQC", "学会申报");
    assertThat(auditor.get("/audit/instances?process=application&state=finished").text())
        .contains(refused.getId(), "已结束", "不予受理").doesNotContain(running.getId());
    assertThat(auditor.get("/audit/instances?state=running&society=whdj").text())
        .contains(running.getId(), "进行中").doesNotContain(refused.getId());
    assertThat(auditor.get("/audit/instances?outcome=不予受理").text())
        .contains(refused.getId()).doesNotContain(running.getId());
    assertThat(auditor.get("/audit/instances?process=round").text()).contains("ROUND-" + year(), "专项年度评选");
    Response badYear = auditor.get("/audit/instances?year=今年");
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.text()).contains("年度须为四位数字");
  }

  @Test
  @DisplayName("One instance's trail: activities with who completed them, operations, variable changes, decisions with the rules' reasons, mails, related instances")
  void trail() {
    String refusedTrail = auditor.get("/audit/instances/" + refused.getId()).text();
    assertThat(refusedTrail).contains("学会提交申报", DemoUsers.userOf("WHQC"), "不予受理", "R-ELIG-1",
        "原因（规则）", "【不予受理", "whqc@societies.example.cn", "已发送");

    Response runningTrail = auditor.get("/audit/instances/" + running.getId());
    assertThat(runningTrail.status()).isEqualTo(200);
    assertThat(runningTrail.text()).contains("形式审查", OFFICE, "人工任务", "认领", "审查结论", "需补正",
        "correctionRequest", "需补正的内容", "请补充 C2 方面的委托合同扫描件", "补正申报材料", "【补正通知】");
    // the open correction is the society's account's from its creation (tasks/NewUserTask), not yet done
    assertThat(runningTrail.text()).containsPattern("\"name\":\"补正申报材料\"[^}]*\"endedAt\":\"\",\"completedBy\":\""
        + DemoUsers.userOf("WHDJ") + "\"");

    String round = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("ROUND-" + year())
        .singleResult().getId();
    assertThat(auditor.get("/audit/instances/" + round).text()).contains("APP-" + year() + "-WHQC",
        "APP-" + year() + "-WHDJ");
    assertThat(auditor.get("/audit/instances/no-such-instance").status()).isEqualTo(404);
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("R-ELIG-1: the refusal letter quotes the plan's clause in words; the rule's id stays in the audit and follows the words in small print")
  void refusalLetterQuotesTheClause() {
    String letter = deliveredMail().stream().filter(m -> recipient(m).startsWith("whqc@"))
        .filter(m -> subject(m).startsWith("【不予受理】")).map(m -> body(m)).findFirst().orElseThrow();
    assertThat(letter).contains("【依据实施方案三（一）第1项 · 申报前连续两年社团年检合格】").contains("（R-ELIG-1）")
        .doesNotContain("【R-ELIG-1】");
    assertLettersQuoteRulesInWords();
    assertLettersPunctuatedOnce();
    assertThat(auditor.get("/audit/instances/" + refused.getId()).text()).contains("R-ELIG-1");
  }

  @Test
  @DisplayName("The trail downloads as CSV (with a byte-order mark for Excel) and prints as a page, with the same facts")
  void csvAndPrint() {
    Response csv = auditor.get("/audit/instances/" + running.getId() + "/trail.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).get().asString().startsWith("text/csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF\"部分\",\"时间\",\"名称\"")
        .contains("\"活动\"", "\"形式审查\"", "\"" + OFFICE + "\"", "\"变量\",", "\"邮件\"");

    Response print = auditor.get("/audit/instances/" + running.getId() + "/print");
    assertThat(print.status()).isEqualTo(200);
    assertThat(print.text()).contains("审计记录：学会申报 APP-" + year() + "-WHDJ", "形式审查", OFFICE,
        "请补充 C2 方面的委托合同扫描件", "打印人：auditor1");
  }

  @Test
  @DisplayName("The print page and the CSV speak Chinese: variables by their labels, operations, choices, yes and no, dates in Asia/Shanghai, nothing for no value")
  void printAndCsvInChinese() {
    String csv = new String(auditor.get("/audit/instances/" + running.getId() + "/trail.csv").body(), StandardCharsets.UTF_8);
    List<List<String>> variables = csv.lines().filter(l -> l.startsWith("\"变量\"")).map(AuditTrailsTest::cells).toList();
    // the name column holds the form's label, the value the choice as the form offered it
    assertThat(variables).anySatisfy(v -> assertThat(v.subList(2, 4)).containsExactly("审查结论", "需补正"))
        .anySatisfy(v -> assertThat(v.subList(2, 4)).containsExactly("研究同意的机构", "理事会"))
        .anySatisfy(v -> assertThat(v.subList(2, 4)).containsExactly("需补正的内容", "请补充 C2 方面的委托合同扫描件。"))
        .anySatisfy(v -> assertThat(v.subList(2, 4)).containsExactly("资格审核通过", "是"))
        .anySatisfy(v -> assertThat(v.get(2)).isEqualTo("补正截止时刻").matches(x -> v.get(3).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}")))
        .allSatisfy(v -> assertThat(v.get(2)).as("a Chinese name").containsPattern("\\p{IsHan}"));
    List<List<String>> operations = csv.lines().filter(l -> l.startsWith("\"用户操作\"")).map(AuditTrailsTest::cells).toList();
    assertThat(operations).extracting(o -> o.get(2)).contains("启动流程", "认领", "完成");
    assertThat(csv).doesNotContain("null", "UTC", "GMT", "\"Claim\"", "\"Complete\"", "\"Create\"", "\"BOARD\"",
        "\"correction\"", "\"true\"");

    String print = auditor.get("/audit/instances/" + running.getId() + "/print").text();
    assertThat(print).contains("审查结论", "需补正的内容", "研究同意的机构", "理事会", "启动流程", "认领", "完成", "任务")
        .doesNotContain("null", "UTC", "GMT", ">Claim<", ">Complete<", ">Create<", ">BOARD<", ">correction<", ">true<");
    // the engine's names stay for the auditor, in small print
    assertThat(print).contains("<small class=\"raw\">correctionRequest</small>");
  }

  /** The cells of one CSV line as AuditCsv writes them: every cell quoted, quotes doubled. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    Matcher cell = Pattern.compile("\"((?:[^\"]|\"\")*)\"").matcher(line);
    while (cell.find()) {
      cells.add(cell.group(1).replace("\"\"", "\""));
    }
    return cells;
  }

  @Test
  @DisplayName("Only auditors and the office audit: a society and an expert are refused, and without a login it asks for one")
  void onlyAuditorsAndOffice() {
    assertThat(WebappSession.login(port, OFFICE, "demo").get("/audit/instances/" + refused.getId()).status())
        .isEqualTo(200);
    Response society = WebappSession.login(port, DemoUsers.userOf("WHDJ"), "demo").get("/audit/instances");
    assertThat(society.status()).isEqualTo(403);
    assertThat(society.text()).doesNotContain(running.getId());
    assertThat(WebappSession.login(port, "expert1", "demo").get("/audit/instances/" + running.getId() + "/print")
        .status()).isEqualTo(403);
    assertThat(WebappSession.anonymous(port).get("/audit/instances/" + refused.getId() + "/trail.csv").status())
        .isEqualTo(401);
  }
}
