package cn.wast.capacity.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.checks.SocietySupport;
import cn.wast.capacity.checks.Support;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.support.EarlierSupport;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.WebappSession;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * R-DYN-1: the support a society had in the round before — terminated for WHLX, adjusted for
 * WHSX — is seen when it applies again: by the office on the formal review (a terminated support
 * flagged, never refused), by the experts on the scoring form (the facts, not the office's
 * reasons), in the ranking sheet and on the society's own page. The office's text in it stays
 * text.
 */
class SupportHistoryTest extends ReviewTestBase {

  private static final String TERMINATED = "WHLX";
  private static final String ADJUSTED = "WHSX";
  /** The office's reasons, with markup that must stay text wherever they are shown. */
  private static final String TERMINATION_REASONS = "主要指标未完成 <b>仅两场</b> *科普*，详见[说明](http://example.cn)。";
  private static final String ADJUSTMENT_REASONS = "科普进社区仅完成六场";

  @Autowired Applications applications;
  @Autowired Payments payments;
  @Autowired ApplicationContext context;
  @Autowired SocietySupport support;

  @BeforeEach
  void supportedInTheRoundBefore() {
    EarlierSupport.round(context, year() - 1)
        .awarded(TERMINATED, 1, Support.TERMINATED, null, TERMINATION_REASONS)
        .awarded(ADJUSTED, 2, Support.ADJUSTED, new BigDecimal("40000"), ADJUSTMENT_REASONS);
  }

  private String earlierKey(String code) {
    return Application.businessKeyOf(year() - 1, code);
  }

  private String paid(String code) {
    return Numbers.yuan(payments.paid(earlierKey(code)));
  }

  @Test
  @DisplayName("R-DYN-1: the formal review shows each society's earlier support with the office's reasons as text; a terminated one is flagged, not refused")
  void formalReviewShowsTheHistory() {
    openRound();
    Map<String, ProcessInstance> applied = Map.of(TERMINATED, applyNow(TERMINATED), ADJUSTED, applyNow(ADJUSTED));
    executeDueJobs();

    String terminated = formalReviewHistory(applied.get(TERMINATED));
    assertThat(terminated)
        .contains("请注意", "终止", Markdown.escape((year() - 1) + "年度（" + earlierKey(TERMINATED) + "）：奖励补助200,000.00 元，已拨付"
            + paid(TERMINATED) + "；结项验收不通过，终止支持。理由："))
        .contains(Markdown.escape(TERMINATION_REASONS))
        .doesNotContain("<b>", "[说明](");
    String adjusted = formalReviewHistory(applied.get(ADJUSTED));
    assertThat(adjusted)
        .contains(Markdown.escape("调整支持，调减40,000.00 元"), Markdown.escape(ADJUSTMENT_REASONS))
        .doesNotContain("请注意");
    // flagged, never refused: the office decides as ever
    claimAndComplete(OFFICE, singleTask(OFFICE, applied.get(TERMINATED).getId()), Map.of("formalReviewDecision", "accepted"));
    assertThat(applications.find(year(), TERMINATED).orElseThrow().status()).isEqualTo(ApplicationStatus.ACCEPTED);
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("R-DYN-1: the experts' scoring form shows the earlier support's facts without the office's reasons; the ranking sheet lists it")
  void scoringFormAndRankingSheetShowTheHistory() throws Exception {
    ProcessInstance round = roundWithAccepted(List.of(TERMINATED, ADJUSTED), 1);
    formCommittee(round, EXPERTS, 5);
    String expert = scoringTasks(EXPERTS.get(0)).isEmpty() ? EXPERTS.get(1) : EXPERTS.get(0);
    Task task = scoringTask(expert, applicationKey(TERMINATED));
    VariableMap shown = as(expert, () -> formService.getTaskFormVariables(task.getId()));
    String history = (String) shown.get("supportHistoryMarkdown");
    assertThat(history).contains(Markdown.escape((year() - 1) + "年度（" + earlierKey(TERMINATED) + "）：奖励补助200,000.00 元，已拨付"
        + paid(TERMINATED) + "；结项验收不通过，终止支持。")).doesNotContain("理由", "仅两场", "请注意");

    for (String each : EXPERTS) {
      for (Task seat : scoringTasks(each)) {
        score(each, seat, scores(applicationOf(each, seat).endsWith(TERMINATED) ? 80 : 70));
      }
    }
    executeDueJobs();
    WebappSession.Response response = WebappSession.login(port, OFFICE, "demo").get("/review/ranking-sheet/" + year() + ".xlsx");
    assertThat(response.status()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet ranking = workbook.getSheet("排名表");
      List<String> headers = texts(ranking.getRow(0));
      int column = headers.indexOf("以往支持情况");
      assertThat(column).as("column 以往支持情况 in %s", headers).isPositive();
      assertThat(ranking.getRow(1).getCell(2).getStringCellValue()).isEqualTo(applicationKey(TERMINATED));
      assertThat(ranking.getRow(1).getCell(column).getStringCellValue())
          .contains("终止支持", TERMINATION_REASONS);
      assertThat(ranking.getRow(2).getCell(column).getStringCellValue())
          .contains("调整支持，调减40,000.00 元", ADJUSTMENT_REASONS);
    }
  }

  @Test
  @DisplayName("R-DYN-1: the society's own page shows its earlier support, the office's text as text")
  void societyPageShowsTheHistory() {
    String page = societyPage(TERMINATED);
    assertThat(page).contains("以往支持情况", "终止支持", "主要指标未完成 &lt;b&gt;仅两场&lt;/b&gt;")
        .doesNotContain("<b>仅两场</b>");
    assertThat(societyPage(ADJUSTED)).contains("以往支持情况", "调整支持，调减40,000.00 元");
  }

  @Test
  @DisplayName("R-DYN-1: support decided while the society's next application waits for its formal review reaches that review")
  void decidedWhileTheNextApplicationWaits() {
    String code = "WHDJ";
    EarlierSupport.round(context, year() - 2).inImplementation(code, 1, Award.FINAL_DUE);
    openRound();
    ProcessInstance waiting = applyNow(code);
    executeDueJobs();
    assertThat(formalReviewHistory(waiting)).contains(Markdown.escape("尚未结项验收（结项验收中）"));

    support.record(new SocietySupport.Decision(Application.businessKeyOf(year() - 2, code), code, year() - 2,
        Support.TERMINATED, null, "考核指标均未完成"), now());
    assertThat(formalReviewHistory(waiting)).contains("请注意", Markdown.escape("结项验收不通过，终止支持。理由：考核指标均未完成。"))
        .doesNotContain("尚未结项验收");
  }

  @Test
  @DisplayName("R-DYN-1 R-SUP-1: a disqualification under way is part of the history the society's page shows")
  void runningDisqualificationIsShown() {
    String code = "WHDJ";
    EarlierSupport.round(context, year() - 2).awarded(code, 1, Support.CONTINUED, null, null);
    Map<String, Object> form = new java.util.HashMap<>();
    form.put("roundYear", year() - 2);
    form.put("societyCode", code);
    form.put("grounds", "审计发现该学会结项台账所列学术年会实际未举办，相关凭证系伪造。");
    startForm(OFFICE, "disqualification", form);
    assertThat(societyPage(code)).contains("结项验收通过，继续给予支持。", "撤销资格核查：正在进行，尚未作出决定。")
        .doesNotContain("伪造");
  }

  @Test
  @DisplayName("R-DYN-1 R-SUP-1: an earlier ban is part of the history: the office reads its grounds on the formal review, the experts only that it was")
  void earlierBanIsShown() {
    int y = year();
    ProcessInstance round = roundWithAccepted(List.of("WHTJ"), 1);
    String ban = "撤销资格：" + (y - 4) + "年3月1日因弄虚作假被撤销资格，取消申报资格至" + (y - 1) + "年2月28日（已期满）";
    String office = as(OFFICE, () -> (String) historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(applications.find(y, "WHTJ").orElseThrow().processInstanceId())
        .variableName("supportHistoryMarkdown").singleResult().getValue());
    assertThat(office).contains(Markdown.escape(ban + "。认定事实：虚报学术会议参会人数。"));
    formCommittee(round, EXPERTS, 5);
    String expert = EXPERTS.stream().filter(e -> !scoringTasks(e).isEmpty()).findFirst().orElseThrow();
    Task task = scoringTasks(expert).get(0);
    String shown = (String) as(expert, () -> formService.getTaskFormVariables(task.getId())).get("supportHistoryMarkdown");
    assertThat(shown).contains(Markdown.escape(ban + "。")).doesNotContain("虚报");
  }

  private ProcessInstance applyNow(String code) {
    uploadBoardResolution(code);
    return apply(code);
  }

  /** The formal review's history as Tasklist gets the form's variables. */
  private String formalReviewHistory(ProcessInstance application) {
    Task review = singleTask(OFFICE, application.getId());
    VariableMap shown = as(OFFICE, () -> formService.getTaskFormVariables(review.getId()));
    return (String) shown.get("supportHistoryMarkdown");
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }
}
