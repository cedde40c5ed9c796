package cn.wast.capacity.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.publicity.NoticeStatus;
import cn.wast.capacity.publicity.Objections;
import cn.wast.capacity.publicity.ObjectionStatus;
import cn.wast.capacity.publicity.PublicNotices;
import cn.wast.capacity.review.AssignmentStatus;
import cn.wast.capacity.review.ReviewAssignment;
import cn.wast.capacity.review.ReviewAssignments;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.FilePart;
import cn.wast.capacity.support.WebappSession.Response;
import jakarta.mail.internet.MimeMessage;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole round, from the closed window to the commendation, as the office, twelve societies and
 * six experts live it: a recusal and its replacement, a missing score at the deadline, a tie on
 * the quota boundary, one objection dismissed after the period and one upheld during it with the
 * next society moved up, the engine clock moved through the ten days; every mail read on
 * GreenMail.
 */
class WholeRoundTest extends ReviewTestBase {

  @Autowired ReviewAssignments assignments;
  @Autowired PublicNotices notices;
  @Autowired Objections objections;
  @Autowired Awards awards;
  @Autowired Applications applications;
  @Autowired Rounds rounds;
  @Autowired SocietyRegistry societies;

  /** The weighted total every expert gives each society: the composite is the same number. */
  private static final Map<String, Double> SCORE = Map.ofEntries(
      Map.entry("WHJX", 90.0), Map.entry("WHJSJ", 88.0), Map.entry("WHTJ", 86.0), Map.entry("WHDJ", 84.0),
      Map.entry("WHQX", 80.0), Map.entry("WHJS", 80.0), Map.entry("WHHX", 78.0), Map.entry("WHLX", 76.0),
      Map.entry("WHSX", 74.0), Map.entry("WHYX", 72.0), Map.entry("WHFZ", 70.0), Map.entry("WHSW", 68.0));

  @Override
  protected Map<String, Object> roundForm() {
    Map<String, Object> form = super.roundForm();
    form.put("quota", 5);
    form.put("awardAmount", 200000);
    form.put("awardBands", "1-2=300000");
    return form;
  }

  @Test
  @DisplayName("R-REV-2 R-EVAL-1 R-REV-3 R-SUP-2: a whole round from the committee to the commendation")
  void wholeRound() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    assertThat(DemoSocieties.ELIGIBLE).hasSize(12);
    LocalDate committeeDay = formalReviewDeadline().plusDays(1);
    formCommittee(round, EXPERTS, 5);
    assertThat(assignments.findByRound(year())).hasSize(60);

    // ---- a recusal on WHLX: the free committee member takes the seat ----
    String whlx = applicationKey("WHLX");
    List<String> onWhlx = expertsOn(whlx);
    String recusing = onWhlx.get(2);
    String freeForWhlx = EXPERTS.stream().filter(e -> !onWhlx.contains(e)).findFirst().orElseThrow();
    Map<String, Object> conflict = new HashMap<>();
    conflict.put("conflictDeclared", true);
    conflict.put("conflictReason", "本人为该学会会员，并参与了申报材料的编写。");
    score(recusing, scoringTask(recusing, whlx), conflict);
    assertThat(expertsOn(whlx)).contains(freeForWhlx).doesNotContain(recusing);

    // ---- everyone scores, except one expert on WHSX ----
    String whsx = applicationKey("WHSX");
    String late = expertsOn(whsx).get(0);
    String freeForWhsx = EXPERTS.stream().filter(e -> !expertsOn(whsx).contains(e)).findFirst().orElseThrow();
    for (String expert : EXPERTS) {
      for (Task task : scoringTasks(expert)) {
        String key = applicationOf(expert, task);
        if (!(expert.equals(late) && key.equals(whsx))) {
          score(expert, task, scores(SCORE.get(key.substring(key.lastIndexOf('-') + 1))));
        }
      }
    }
    forgetDeliveredMail();

    // ---- the reminder three days before, the deadline, the office replaces the expert ----
    setClock(committeeDay.plusDays(12), LocalTime.of(0, 1));
    executeDueJobs();
    assertThat(deliveredMail()).singleElement().satisfies(m -> {
      assertThat(recipient(m)).isEqualTo(late + "@experts.example.cn");
      assertThat(subject(m)).contains("评审提醒", whsx);
    });
    setClock(committeeDay.plusDays(15), LocalTime.of(0, 1));
    executeDueJobs();
    Map<String, Object> replace = new HashMap<>();
    replace.put("missingScoreDecision", "replace");
    replace.put("replacementExpert", freeForWhsx);
    claimAndComplete(OFFICE, reviewTask(whsx, "ResolveMissingScore"), replace);
    assertThat(body(deliveredTo(freeForWhsx + "@experts.example.cn").get(0))).contains(whsx, "武汉数学学会");
    score(freeForWhsx, scoringTask(freeForWhsx, whsx), scores(74));
    executeDueJobs();

    // ---- the tie on the boundary: WHQX and WHJS share 80.00 for the fifth place ----
    assertThat(round).isWaitingAt("BreakTie");
    Task tie = officeTask(round, "BreakTie");
    assertThat(as(OFFICE, () -> (String) taskService.getVariable(tie.getId(), "tieText")))
        .contains("武汉气象学会", "武汉金属学会", "80.00");
    Map<String, Object> tieChoice = new HashMap<>();
    tieChoice.put("tieChosen", List.of(applicationKey("WHQX")));
    tieChoice.put("tieReasons", "两会综合得分相同，武汉气象学会服务社会和政府能力更突出。");
    claimAndComplete(OFFICE, tie, tieChoice);
    claimAndComplete(OFFICE, officeTask(round, "ConfirmProposedList"), Map.of("proposedListConfirmed", true));

    List<NoticeEntry> published = notices.findByRound(year());
    assertThat(published).extracting(NoticeEntry::societyCode).containsExactly("WHJX", "WHJSJ", "WHTJ", "WHDJ", "WHQX");
    LocalDate publishedOn = committeeDay.plusDays(15);
    assertThat(published).allSatisfy(e -> assertThat(e.endsAt())
        .isEqualTo(publishedOn.plusDays(11).atStartOfDay(ZONE).toInstant()));
    for (String code : List.of("WHJX", "WHJSJ", "WHTJ", "WHDJ", "WHQX")) {
      assertThat(deliveredTo(mailOf(code))).anySatisfy(m -> assertThat(subject(m)).contains("拟表彰公示通知"));
    }
    Response page = WebappSession.anonymous(port).get("/public/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(year() + " 年度拟表彰学会名单公示", "武汉机械工程学会", "武汉气象学会", "公示中")
        .doesNotContain("武汉金属学会");

    // ---- two objections during the period ----
    setClock(publishedOn.plusDays(2), LocalTime.of(10, 0));
    long againstWhjsj = object(entryOf("WHJSJ"), "张先生", "zhang.objector@example.cn",
        "该学会申报材料中所列品牌学术会议的参会人数与会议通知不符，请核查。", null);
    long againstWhtj = object(entryOf("WHTJ"), "李女士", "li.objector@example.cn",
        "该学会申报的团体标准实际由其他单位主持制定，申报材料存在虚报，附会议纪要为证。",
        new FilePart("attachment", "会议纪要.pdf", "application/pdf", PDF));
    assertThat(deliveredTo("zhang.objector@example.cn")).singleElement()
        .satisfies(m -> assertThat(subject(m)).contains("异议受理回执", "OBJ-" + againstWhjsj));

    // The upheld objection removes WHTJ at once; the office moves up WHJS, which gets its own period.
    setClock(publishedOn.plusDays(3), LocalTime.of(10, 0));
    decide(againstWhtj, "upheld", "经向标准主管部门核实，该团体标准的主持单位并非该学会，申报材料不实。", true);
    executeDueJobs();
    assertThat(notices.findByApplication(applicationKey("WHTJ")).orElseThrow().status()).isEqualTo(NoticeStatus.REMOVED);
    assertThat(objections.find(againstWhtj).orElseThrow().fraudFinding()).isTrue();
    // The fraud finding starts WHTJ's disqualification (R-SUP-1), investigated by the office.
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("disqualification")
        .processInstanceBusinessKey("DISQ-" + year() + "-WHTJ").singleResult()).isWaitingAt("InvestigateFraud");
    assertThat(deliveredTo(mailOf("WHTJ"))).anySatisfy(m -> {
      assertThat(subject(m)).contains("移出拟表彰名单通知");
      assertThat(body(m)).contains("主持单位并非该学会").doesNotContain("李女士", "li.objector");
    });
    Task moveUp = officeTask(round, "DecideMoveUp");
    assertThat(as(OFFICE, () -> (String) taskService.getVariable(moveUp.getId(), "moveUpText")))
        .contains("武汉金属学会", "80.00");
    Map<String, Object> moveUpChoice = new HashMap<>();
    moveUpChoice.put("moveUpDecision", "moveUp");
    moveUpChoice.put("moveUpCandidate", applicationKey("WHJS"));
    moveUpChoice.put("moveUpReasons", "按排名由下一名武汉金属学会递补，另行公示十天。");
    claimAndComplete(OFFICE, moveUp, moveUpChoice);
    NoticeEntry movedUp = notices.findByApplication(applicationKey("WHJS")).orElseThrow();
    assertThat(movedUp.movedUp()).isTrue();
    assertThat(movedUp.place()).isEqualTo(3);
    assertThat(movedUp.endsAt()).isEqualTo(publishedOn.plusDays(14).atStartOfDay(ZONE).toInstant());

    // ---- the first period ends: the clear societies are commended, WHJSJ waits for its objection ----
    setClock(publishedOn.plusDays(11), LocalTime.of(0, 1));
    executeDueJobs();
    assertThat(awards.findByRound(year())).extracting(Award::societyCode).containsExactlyInAnyOrder("WHJX", "WHDJ", "WHQX");
    assertThat(notices.findByApplication(applicationKey("WHJSJ")).orElseThrow().status()).isEqualTo(NoticeStatus.IN_NOTICE);
    assertThat(applications.find(applicationKey("WHJSJ")).orElseThrow().status()).isEqualTo(ApplicationStatus.PROPOSED);

    setClock(publishedOn.plusDays(11), LocalTime.of(10, 0));
    decide(againstWhjsj, "dismissed", "经核对会议签到表和现场照片，参会人数与申报材料一致。", false);
    executeDueJobs();
    assertThat(objections.find(againstWhjsj).orElseThrow().status()).isEqualTo(ObjectionStatus.DISMISSED);
    assertThat(deliveredTo("zhang.objector@example.cn")).anySatisfy(m -> {
      assertThat(subject(m)).contains("异议核查结果");
      assertThat(body(m)).contains("异议不成立", "签到表");
    });
    assertThat(awards.findByRound(year())).extracting(Award::societyCode).contains("WHJSJ");

    // ---- the moved-up society's own period ends: the round is complete ----
    setClock(publishedOn.plusDays(14), LocalTime.of(0, 1));
    executeDueJobs();
    assertThat(round).isEnded().hasPassed("CompleteRound");
    assertThat(rounds.find(year()).orElseThrow().status()).isEqualTo(RoundStatus.COMPLETED);
    assertThat(awards.findByRound(year())).extracting(Award::societyCode, a -> a.amount().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("WHJX", 300000), org.assertj.core.groups.Tuple.tuple("WHJSJ", 300000),
            org.assertj.core.groups.Tuple.tuple("WHDJ", 200000), org.assertj.core.groups.Tuple.tuple("WHJS", 200000),
            org.assertj.core.groups.Tuple.tuple("WHQX", 200000));
    assertThat(awards.findByRound(year())).allMatch(a -> a.implementationStatus().equals(Award.AWAITING_PLAN));

    assertThat(deliveredTo(mailOf("WHJX"))).anySatisfy(m -> {
      assertThat(subject(m)).contains("表彰奖励通知");
      assertThat(body(m)).contains("综合得分90.00", "排名第1名", "300,000.00 元");
    });
    assertThat(deliveredTo(mailOf("WHJS"))).anySatisfy(m -> assertThat(body(m)).contains("200,000.00 元", "排名第5名"));
    for (String code : List.of("WHHX", "WHLX", "WHSX", "WHYX", "WHFZ", "WHSW")) {
      MimeMessage outcome = deliveredTo(mailOf(code)).stream()
          .filter(m -> subject(m).contains("评审结果通知")).findFirst().orElseThrow();
      assertThat(body(outcome)).contains(String.format("综合得分%.2f", SCORE.get(code)), "共有12家", "名额5个");
      assertThat(applications.find(applicationKey(code)).orElseThrow().status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
      for (String expert : EXPERTS) {
        assertThat(body(outcome)).doesNotContain(expert);
      }
    }
    assertThat(deliveredTo(mailOf("WHHX")).stream().filter(m -> subject(m).contains("评审结果通知")).findFirst()
        .map(m -> body(m)).orElseThrow()).contains("排名第7名");
    assertThat(deliveredTo(mailOf("WHTJ"))).noneMatch(m -> subject(m).contains("评审结果通知"));

    Response after = WebappSession.anonymous(port).get("/public/");
    assertThat(after.text()).contains(year() + " 年度通报表彰", "武汉金属学会", "300,000.00 元", "经核查移出名单", "（递补）");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("objection").count()).isZero();
    assertEveryVariableHasAChineseName();
    assertLettersQuoteRulesInWords();
    assertLettersPunctuatedOnce();
  }

  private long object(NoticeEntry entry, String name, String email, String grounds, FilePart file) {
    Map<String, String> fields = new HashMap<>();
    fields.put("noticeEntryId", String.valueOf(entry.id()));
    fields.put("objectorName", name);
    fields.put("objectorEmail", email);
    fields.put("grounds", grounds);
    Response response = file == null
        ? WebappSession.anonymous(port).postMultipart("/public/objections", fields)
        : WebappSession.anonymous(port).postMultipart("/public/objections", fields, file);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.text()).contains("异议编号");
    return objections.findByRound(year()).stream().mapToLong(o -> o.id()).max().orElseThrow();
  }

  private void decide(long objectionId, String decision, String reasons, boolean fraud) {
    ProcessInstance investigation = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("OBJ-" + objectionId).singleResult();
    Map<String, Object> form = new HashMap<>();
    form.put("objectionDecision", decision);
    form.put("objectionReasons", reasons);
    form.put("fraudFound", fraud);
    claimAndComplete(OFFICE, singleTask(OFFICE, investigation.getId()), form);
  }

  private NoticeEntry entryOf(String code) {
    return notices.findByApplication(applicationKey(code)).orElseThrow();
  }

  private String mailOf(String code) {
    return societies.findByCode(code).orElseThrow().contactEmail();
  }

  private List<String> expertsOn(String applicationKey) {
    return assignments.findByApplication(applicationKey).stream()
        .filter(a -> a.status() == AssignmentStatus.ASSIGNED || a.status() == AssignmentStatus.SCORED)
        .map(ReviewAssignment::expertId).toList();
  }
}
