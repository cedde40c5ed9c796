package cn.wast.capacity.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.supervision.Disqualification;
import cn.wast.capacity.support.FormText;
import cn.wast.capacity.support.FullLength;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.FilePart;
import cn.wast.capacity.support.WebappSession.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-REV-3 R-SUP-2: a place's public notice, one test per path it takes: the ten days pass with no
 * objection; an objection upheld during the period removes the society and the office moves the
 * next one up, or leaves the place vacant; an objection still under investigation when the period
 * ends holds the place until it is decided; an objection dismissed during the period changes
 * nothing. Each round has a quota of one: WHLX (scored 90) on the notice, WHSX (88) and WHYX (86)
 * ranked behind it.
 */
class NoticePeriodTest extends ReviewTestBase {

  private static final String UPHELD_REASONS = "经向培训主管部门核实，该学会申报的继续教育培训期数与实际不符。";
  private static final String DISMISSED_REASONS = "经核对培训通知和签到表，培训期数与申报材料一致。";

  @Autowired Awards awards;
  @Autowired Applications applications;

  /** The day the office confirmed the proposed list: the notice starts then (see publishedRound). */
  private LocalDate publishedOn() {
    return formalReviewDeadline().plusDays(1);
  }

  @Test
  @DisplayName("R-REV-3 R-SUP-2: the notice runs ten full days; with no objection the society is commended when they end")
  void noObjectionPeriodEnds() {
    ProcessInstance round = publishedRound(List.of("WHLX", "WHSX"));
    NoticeEntry whlx = entryOf("WHLX");
    assertThat(whlx.place()).isEqualTo(1);
    assertThat(whlx.movedUp()).isFalse();
    assertThat(whlx.endsAt()).isEqualTo(publishedOn().plusDays(11).atStartOfDay(ZONE).toInstant());
    assertThat(deliveredTo(mailOf("WHLX"))).anySatisfy(m -> {
      assertThat(subject(m)).contains("拟表彰公示通知", "武汉力学学会");
      assertThat(body(m)).contains("排名第1名", "公示期：");
    });
    assertThat(deliveredTo(mailOf("WHSX"))).noneMatch(m -> subject(m).contains("拟表彰公示通知"));
    Response page = WebappSession.anonymous(port).get("/public/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(row(page, whlx)).contains("武汉力学学会", "公示中").doesNotContain("（递补）");
    assertThat(page.text()).contains(year() + " 年度拟表彰学会名单公示", "提出异议")
        .doesNotContain("武汉数学学会", year() + " 年度通报表彰");

    setClock(whlx.endsAt().minusSeconds(60));
    executeDueJobs();
    assertThat(round).isWaitingAt("AwaitNoticeOutcome");
    assertThat(awards.findByRound(year())).isEmpty();

    setClock(whlx.endsAt().plusSeconds(60));
    executeDueJobs();
    assertThat(round).hasPassed("NoticePeriodEnded", "WeighObjections", "CommendSociety", "PlaceFilled")
        .hasNotPassed("DecideMoveUp").isEnded();
    assertThat(entryOf("WHLX").status()).isEqualTo(NoticeStatus.COMMENDED);
    assertThat(awards.findByRound(year())).extracting(Award::societyCode).containsExactly("WHLX");
    Response after = WebappSession.anonymous(port).get("/public/");
    assertThat(row(after, whlx)).contains("已表彰");
    assertThat(after.text()).contains(year() + " 年度通报表彰");
  }

  @Test
  @DisplayName("R-SUP-2: an objection upheld with reasons in the full 4,000 characters the form allows removes the society, with the reasons whole on its record and on the office's next task")
  void fullLengthUpheldReasonsAreKeptWhole() {
    ProcessInstance round = publishedRound(List.of("WHLX", "WHSX", "WHYX"));
    Objection objection = objectionAgainstWhlxTwoDaysIn();
    String reasons = FULL_LENGTH_REASONS;

    decide(objection, SampleForms.objectionFinding("upheld", reasons, false));
    executeDueJobs();

    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(applications.find(applicationKey("WHLX")).orElseThrow().statusReason()).isEqualTo("公示异议成立：" + reasons);
    Task moveUp = officeTask(round, "DecideMoveUp");
    assertThat(FormText.filled("decide-move-up", as(OFFICE, () -> taskService.getVariables(moveUp.getId()))))
        .contains("核查结论：" + Markdown.escape(reasons));
  }

  @Test
  @DisplayName("R-SUP-1: an objection upheld for fraud with full-length reasons keeps them whole, and its investigation starts on them")
  void fullLengthFraudReasonsStartTheInvestigationWhole() {
    publishedRound(List.of("WHLX", "WHSX", "WHYX"));
    Objection objection = objectionAgainstWhlxTwoDaysIn();
    String reasons = FULL_LENGTH_REASONS;

    decide(objection, SampleForms.objectionFinding("upheld", reasons, true));
    executeDueJobs();

    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(jdbc.queryForObject("SELECT decision_reasons FROM objection WHERE id = ?", String.class,
        objection.id())).startsWith(reasons).contains("弄虚作假");
    ProcessInstance investigation = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(Disqualification.businessKeyOf(applicationKey("WHLX"))).singleResult();
    assertThat(investigation).isNotNull();
    assertThat((String) runtimeService.getVariable(investigation.getId(), "groundsMarkdown"))
        .contains(Markdown.paragraphs(reasons));
  }

  /** The office's reasons at the 4,000 characters its form allows, with English punctuation. */
  private static final String FULL_LENGTH_REASONS = FullLength.of("经核对(2026-03)签到表: 实际参会120人, 非[800]人! ", 4000);

  private Objection objectionAgainstWhlxTwoDaysIn() {
    setClock(publishedOn().plusDays(2), LocalTime.of(10, 0));
    return object(SampleForms.objection(entryOf("WHLX").id()));
  }

  @Test
  @DisplayName("R-REV-3 R-SUP-2: an objection upheld during the period removes the society at once; the office moves the next one up for ten days of its own")
  void upheldObjectionMovesTheNextUp() {
    ProcessInstance round = publishedRound(List.of("WHLX", "WHSX", "WHYX"));
    setClock(publishedOn().plusDays(2), LocalTime.of(10, 0));
    Objection objection = object(SampleForms.objection(entryOf("WHLX").id()),
        new FilePart("attachment", "培训通知.pdf", "application/pdf", PDF));
    assertThat(deliveredTo("zhao@example.cn")).singleElement()
        .satisfies(m -> assertThat(subject(m)).contains("异议受理回执", objection.number()));
    assertThat(investigation(objection).getName()).isEqualTo("核查异议 · 武汉力学学会");

    LocalDate decidedOn = publishedOn().plusDays(3);
    setClock(decidedOn, LocalTime.of(10, 0));
    decide(objection, SampleForms.objectionFinding("upheld", UPHELD_REASONS, false));
    executeDueJobs();
    assertThat(objections.find(objection.id()).orElseThrow().status()).isEqualTo(ObjectionStatus.UPHELD);
    assertThat(entryOf("WHLX").status()).isEqualTo(NoticeStatus.REMOVED);
    assertThat(applications.find(applicationKey("WHLX")).orElseThrow().status()).isEqualTo(ApplicationStatus.REMOVED);
    assertThat(deliveredTo(mailOf("WHLX"))).anySatisfy(m -> {
      assertThat(subject(m)).contains("移出拟表彰名单通知");
      assertThat(body(m)).contains(UPHELD_REASONS).doesNotContain("赵先生", "zhao@example.cn");
    });
    assertThat(deliveredTo("zhao@example.cn")).anySatisfy(m -> {
      assertThat(subject(m)).contains("异议核查结果");
      assertThat(body(m)).contains("赵先生", "异议成立", UPHELD_REASONS);
    });
    assertThat(round).hasPassed("ObjectionUpheld", "RemoveFromNotice").isWaitingAt("DecideMoveUp");

    Task moveUp = officeTask(round, "DecideMoveUp");
    assertThat(moveUp.getName()).startsWith("决定是否递补");
    assertThat(as(OFFICE, () -> (String) taskService.getVariable(moveUp.getId(), "moveUpText")))
        .contains("武汉数学学会", "88.00");
    claimAndComplete(OFFICE, moveUp, moveUp(MoveUpDecision.MOVE_UP, applicationKey("WHSX")));

    NoticeEntry movedUp = entryOf("WHSX");
    assertThat(movedUp.movedUp()).isTrue();
    assertThat(movedUp.place()).isEqualTo(1);
    assertThat(movedUp.status()).isEqualTo(NoticeStatus.IN_NOTICE);
    assertThat(movedUp.endsAt()).isEqualTo(decidedOn.plusDays(11).atStartOfDay(ZONE).toInstant());
    assertThat(deliveredTo(mailOf("WHSX"))).anySatisfy(m -> assertThat(subject(m)).contains("拟表彰公示通知"));
    Response page = WebappSession.anonymous(port).get("/public/");
    assertThat(row(page, entryOf("WHLX"))).contains("武汉力学学会", "经核查移出名单");
    assertThat(row(page, movedUp)).contains("武汉数学学会", "（递补）", "公示中");
    assertThat(page.text()).doesNotContain("武汉药学会");

    // the first society's ten days end: nothing happens to the moved-up one, whose own days run on
    setClock(entryOf("WHLX").endsAt().plusSeconds(60));
    executeDueJobs();
    assertThat(awards.findByRound(year())).isEmpty();
    setClock(movedUp.endsAt().plusSeconds(60));
    executeDueJobs();
    assertThat(awards.findByRound(year())).extracting(Award::societyCode).containsExactly("WHSX");
    assertThat(round).hasPassed("MoveUpNextSociety", "CommendSociety").isEnded();
    assertEveryVariableHasAChineseName();
  }

  @Test
  @DisplayName("R-REV-3 R-SUP-1: an upheld objection that finds fraud starts the society's disqualification; the office may leave the place vacant")
  void upheldObjectionWithFraudLeavesThePlaceVacant() {
    ProcessInstance round = publishedRound(List.of("WHLX", "WHSX"));
    setClock(publishedOn().plusDays(4), LocalTime.of(10, 0));
    Objection objection = object(SampleForms.objection(entryOf("WHLX").id()));
    decide(objection, SampleForms.objectionFinding("upheld", UPHELD_REASONS, true));
    executeDueJobs();
    assertThat(objections.find(objection.id()).orElseThrow().fraudFinding()).isTrue();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("disqualification")
        .processInstanceBusinessKey("DISQ-" + year() + "-WHLX").singleResult()).isWaitingAt("InvestigateFraud");

    claimAndComplete(OFFICE, officeTask(round, "DecideMoveUp"), moveUp(MoveUpDecision.LEAVE_VACANT, null));
    assertThat(round).hasPassed("PlaceLeftVacant", "CompleteRound").hasNotPassed("MoveUpNextSociety").isEnded();
    assertThat(notices.findByApplication(applicationKey("WHSX"))).isEmpty();
    assertThat(awards.findByRound(year())).isEmpty();
    assertThat(applications.find(applicationKey("WHSX")).orElseThrow().status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
    assertThat(deliveredTo(mailOf("WHSX"))).anySatisfy(m -> assertThat(subject(m)).contains("评审结果通知"));
    assertThat(deliveredTo(mailOf("WHLX"))).noneMatch(m -> subject(m).contains("评审结果通知"));
    assertEveryVariableHasAChineseName();
    assertLettersQuoteRulesInWords();
    assertLettersPunctuatedOnce();
  }

  @Test
  @DisplayName("R-REV-3 R-SUP-2: an objection still under investigation when the period ends holds the place; no more objections are taken; its dismissal commends the society")
  void objectionPendingAtThePeriodsEnd() {
    ProcessInstance round = publishedRound(List.of("WHLX", "WHSX"));
    NoticeEntry whlx = entryOf("WHLX");
    setClock(publishedOn().plusDays(9), LocalTime.of(16, 0));
    Objection objection = object(SampleForms.objection(whlx.id()));

    setClock(whlx.endsAt().plusSeconds(60));
    executeDueJobs();
    assertThat(round).hasPassed("NoticePeriodEnded", "WeighObjections").isWaitingAt("AwaitObjectionDecision");
    assertThat(awards.findByRound(year())).isEmpty();
    assertThat(entryOf("WHLX").status()).isEqualTo(NoticeStatus.IN_NOTICE);
    assertThat(applications.find(applicationKey("WHLX")).orElseThrow().status()).isEqualTo(ApplicationStatus.PROPOSED);
    assertThat(investigation(objection)).isNotNull();
    Response late = WebappSession.anonymous(port).postMultipart("/public/objections",
        SampleForms.objection(whlx.id(), "钱女士", "qian@example.cn", "该学会申报的科技评价项目数量与委托合同不符，请核查。"));
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.text()).contains("该学会的公示期已结束，不再受理异议");
    assertThat(objections.findByRound(year())).hasSize(1);

    setClock(LocalDate.ofInstant(whlx.endsAt(), ZONE).plusDays(2), LocalTime.of(10, 0));
    decide(objection, SampleForms.objectionFinding("dismissed", DISMISSED_REASONS, false));
    executeDueJobs();
    assertThat(objections.find(objection.id()).orElseThrow().status()).isEqualTo(ObjectionStatus.DISMISSED);
    assertThat(deliveredTo("zhao@example.cn")).anySatisfy(m -> {
      assertThat(subject(m)).contains("异议核查结果");
      assertThat(body(m)).contains("异议不成立", DISMISSED_REASONS);
    });
    assertThat(round).hasPassed("ObjectionDecided", "CommendSociety").isEnded();
    assertThat(awards.findByRound(year())).extracting(Award::societyCode).containsExactly("WHLX");
    assertThat(awards.find(applicationKey("WHLX")).orElseThrow().commendedAt()).isEqualTo(now());
  }

  @Test
  @DisplayName("R-REV-3 R-SUP-2: an objection dismissed during the period changes nothing: the ten days run to their end")
  void objectionDismissedDuringThePeriod() {
    ProcessInstance round = publishedRound(List.of("WHLX", "WHSX"));
    NoticeEntry whlx = entryOf("WHLX");
    setClock(publishedOn().plusDays(2), LocalTime.of(10, 0));
    Objection objection = object(SampleForms.objection(whlx.id()));
    setClock(publishedOn().plusDays(5), LocalTime.of(10, 0));
    decide(objection, SampleForms.objectionFinding("dismissed", DISMISSED_REASONS, false));
    executeDueJobs();
    assertThat(objections.find(objection.id()).orElseThrow().status()).isEqualTo(ObjectionStatus.DISMISSED);
    assertThat(round).isWaitingAt("AwaitNoticeOutcome");
    assertThat(entryOf("WHLX").status()).isEqualTo(NoticeStatus.IN_NOTICE);
    assertThat(awards.findByRound(year())).isEmpty();

    setClock(whlx.endsAt().plusSeconds(60));
    executeDueJobs();
    assertThat(round).hasPassed("CommendSociety").hasNotPassed("AwaitObjectionDecision", "DecideMoveUp").isEnded();
    assertThat(awards.findByRound(year())).extracting(Award::societyCode).containsExactly("WHLX");
  }

  private static Map<String, Object> moveUp(String decision, String candidate) {
    Map<String, Object> form = new HashMap<>();
    form.put("moveUpDecision", decision);
    if (candidate != null) {
      form.put("moveUpCandidate", candidate);
    }
    form.put("moveUpReasons", "按评审排名的结果作出决定，理由存档备查。");
    return form;
  }

  /** The entry's row of the public notice table. */
  private static String row(Response page, NoticeEntry entry) {
    String text = page.text();
    int at = text.indexOf("id=\"entry-" + entry.id() + "\"");
    assertThat(at).as("the notice lists entry %d", entry.id()).isNotNegative();
    return text.substring(at, text.indexOf("</tr>", at));
  }
}
