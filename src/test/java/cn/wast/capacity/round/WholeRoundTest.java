package cn.wast.capacity.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.publicity.Objection;
import cn.wast.capacity.review.AssignmentStatus;
import cn.wast.capacity.review.ReviewAssignment;
import cn.wast.capacity.review.ReviewAssignments;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.FilePart;
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
 * Smoke test of a whole round, from the closed window to the commendation, as the office, twelve
 * societies and six experts live it: a recusal and its replacement, a missing score at the
 * deadline, a tie on the quota boundary, the notice with one objection dismissed, the five places
 * commended and the round complete; the engine clock moved through the days, every mail read on
 * GreenMail. Each stage's paths are tested beside it: the notice in publicity/NoticePeriodTest,
 * the commendation in award/CommendationTest, the review in review/ExpertReviewProcessTest.
 */
class WholeRoundTest extends ReviewTestBase {

  @Autowired ReviewAssignments assignments;
  @Autowired Awards awards;
  @Autowired Rounds rounds;

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
    for (String code : List.of("WHJX", "WHJSJ", "WHTJ", "WHDJ", "WHQX")) {
      assertThat(deliveredTo(mailOf(code))).anySatisfy(m -> assertThat(subject(m)).contains("拟表彰公示通知"));
    }
    assertThat(WebappSession.anonymous(port).get("/public/").text())
        .contains(year() + " 年度拟表彰学会名单公示", "武汉机械工程学会", "武汉气象学会", "公示中").doesNotContain("武汉金属学会");

    // ---- one objection during the period, dismissed; the period ends: the five are commended ----
    LocalDate publishedOn = committeeDay.plusDays(15);
    setClock(publishedOn.plusDays(2), LocalTime.of(10, 0));
    Objection objection = object(SampleForms.objection(entryOf("WHTJ").id(), "李女士", "li.objector@example.cn",
        "该学会申报的团体标准实际由其他单位主持制定，申报材料存在虚报，附会议纪要为证。"),
        new FilePart("attachment", "会议纪要.pdf", "application/pdf", PDF));
    setClock(publishedOn.plusDays(4), LocalTime.of(10, 0));
    decide(objection, SampleForms.objectionFinding("dismissed", "经向标准主管部门核实，该学会为团体标准的主持单位。", false));
    executeDueJobs();
    setClock(published.get(0).endsAt().plusSeconds(60));
    executeDueJobs();

    assertThat(round).isEnded().hasPassed("CompleteRound");
    assertThat(rounds.find(year()).orElseThrow().status()).isEqualTo(RoundStatus.COMPLETED);
    assertThat(awards.findByRound(year())).extracting(Award::societyCode, a -> a.amount().intValue())
        .containsExactly(tuple("WHJX", 300000), tuple("WHJSJ", 300000), tuple("WHTJ", 200000), tuple("WHDJ", 200000),
            tuple("WHQX", 200000));
    assertThat(deliveredTo("li.objector@example.cn")).anySatisfy(m -> assertThat(body(m)).contains("异议不成立"));
    for (String code : List.of("WHJS", "WHHX", "WHLX", "WHSX", "WHYX", "WHFZ", "WHSW")) {
      assertThat(deliveredTo(mailOf(code))).anySatisfy(m -> assertThat(subject(m)).contains("评审结果通知"));
    }
    assertThat(WebappSession.anonymous(port).get("/public/").text())
        .contains(year() + " 年度通报表彰", "武汉土木建筑学会", "300,000.00 元");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("objection").count()).isZero();
    assertEveryVariableHasAChineseName();
    assertLettersQuoteRulesInWords();
    assertLettersPunctuatedOnce();
  }

  private List<String> expertsOn(String applicationKey) {
    return assignments.findByApplication(applicationKey).stream()
        .filter(a -> a.status() == AssignmentStatus.ASSIGNED || a.status() == AssignmentStatus.SCORED)
        .map(ReviewAssignment::expertId).toList();
  }
}
