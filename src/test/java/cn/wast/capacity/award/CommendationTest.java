package cn.wast.capacity.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.publicity.NoticeStatus;
import cn.wast.capacity.publicity.Objection;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.Rounds;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R-REV-3 R-EVAL-1: the commendation at the end of the notice. Five societies ranked 90, 88, 86,
 * 84, 82 (WHLX, WHSX, WHYX, WHQX, WHJS) in a round of quota three whose first rank earns 300,000
 * and every other award 200,000: the award rows, the award letters to the three, the outcome
 * letters to the two others, each society's implementation and the public list.
 */
class CommendationTest extends ReviewTestBase {

  private static final List<String> RANKED = List.of("WHLX", "WHSX", "WHYX", "WHQX", "WHJS");

  @Autowired Awards awards;
  @Autowired Applications applications;
  @Autowired Rounds rounds;

  @Override
  protected Map<String, Object> roundForm() {
    Map<String, Object> form = super.roundForm();
    form.put("awardAmount", 200000);
    form.put("awardBands", "1-1=300000");
    return form;
  }

  @Test
  @DisplayName("R-REV-3 R-EVAL-1: the quota's societies are commended at the amount of their band; the others are told their rank and score; the round is complete")
  void quotaCommendedByBandOthersToldTheirRank() {
    ProcessInstance round = publishedRound(RANKED, 3);
    assertThat(notices.findByRound(year())).extracting(e -> e.societyCode()).containsExactly("WHLX", "WHSX", "WHYX");
    Instant endsAt = entryOf("WHLX").endsAt();
    forgetDeliveredMail();

    setClock(endsAt.plusSeconds(60));
    executeDueJobs();

    assertThat(awards.findByRound(year()))
        .extracting(Award::societyCode, Award::ranking, a -> a.composite().toPlainString(), a -> a.amount().intValue())
        .containsExactly(tuple("WHLX", 1, "90.00", 300000), tuple("WHSX", 2, "88.00", 200000),
            tuple("WHYX", 3, "86.00", 200000));
    assertThat(awards.findByRound(year())).allSatisfy(a -> {
      assertThat(a.implementationStatus()).isEqualTo(Award.AWAITING_PLAN);
      assertThat(a.commendedAt()).isEqualTo(endsAt.plusSeconds(60));
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("IMPL-" + a.applicationKey()
          .substring("APP-".length())).singleResult()).isWaitingAt("SubmitFundPlan");
    });
    for (String code : List.of("WHLX", "WHSX", "WHYX")) {
      assertThat(entryOf(code).status()).isEqualTo(NoticeStatus.COMMENDED);
      assertThat(applications.find(applicationKey(code)).orElseThrow().status()).isEqualTo(ApplicationStatus.COMMENDED);
      assertThat(deliveredTo(mailOf(code))).noneMatch(m -> subject(m).contains("评审结果通知"));
    }
    assertThat(awardLetter("WHLX")).contains("综合得分90.00", "排名第1名", "300,000.00 元");
    assertThat(awardLetter("WHSX")).contains("综合得分88.00", "排名第2名", "200,000.00 元");
    assertThat(awardLetter("WHYX")).contains("排名第3名", "200,000.00 元");

    for (String code : List.of("WHQX", "WHJS")) {
      assertThat(applications.find(applicationKey(code)).orElseThrow().status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
      assertThat(deliveredTo(mailOf(code))).noneMatch(m -> subject(m).contains("表彰奖励通知"));
      String outcome = outcomeLetter(code);
      assertThat(outcome).contains("共有5家", "名额3个", "未列入本年度表彰名单");
      EXPERTS.forEach(expert -> assertThat(outcome).doesNotContain(expert));
    }
    assertThat(outcomeLetter("WHQX")).contains("综合得分84.00", "排名第4名");
    assertThat(outcomeLetter("WHJS")).contains("综合得分82.00", "排名第5名");

    assertThat(round).hasPassed("CompleteRound").isEnded();
    assertThat(rounds.find(year()).orElseThrow().status()).isEqualTo(RoundStatus.COMPLETED);
    Response page = WebappSession.anonymous(port).get("/public/");
    assertThat(page.text()).contains(year() + " 年度通报表彰", "武汉力学学会", "300,000.00 元", "200,000.00 元")
        .doesNotContain("武汉气象学会", "武汉金属学会");
    assertEveryVariableHasAChineseName();
    assertLettersQuoteRulesInWords();
    assertLettersPunctuatedOnce();
  }

  @Test
  @DisplayName("R-REV-3 R-EVAL-1: each place is commended when it settles; the others hear of their rank only once every place has")
  void outcomeLettersWaitForTheLastPlace() {
    ProcessInstance round = publishedRound(RANKED, 3);
    Instant endsAt = entryOf("WHSX").endsAt();
    setClock(endsAt.minusSeconds(3600));
    Objection objection = object(SampleForms.objection(entryOf("WHSX").id()));
    forgetDeliveredMail();

    setClock(endsAt.plusSeconds(60));
    executeDueJobs();
    assertThat(awards.findByRound(year())).extracting(Award::societyCode).containsExactly("WHLX", "WHYX");
    assertThat(deliveredTo(mailOf("WHLX"))).anySatisfy(m -> assertThat(subject(m)).contains("表彰奖励通知"));
    assertThat(rounds.find(year()).orElseThrow().status()).isNotEqualTo(RoundStatus.COMPLETED);
    assertThat(round).isNotEnded();
    for (String code : List.of("WHQX", "WHJS")) {
      assertThat(deliveredTo(mailOf(code))).isEmpty();
      assertThat(applications.find(applicationKey(code)).orElseThrow().status()).isEqualTo(ApplicationStatus.RANKED);
    }

    setClock(endsAt.plusSeconds(86400));
    decide(objection, SampleForms.objectionFinding("dismissed", "经核对培训通知和签到表，培训期数与申报材料一致。", false));
    executeDueJobs();
    assertThat(awards.find(applicationKey("WHSX")).orElseThrow()).satisfies(a -> {
      assertThat(a.ranking()).isEqualTo(2);
      assertThat(a.amount().intValue()).isEqualTo(200000);
      assertThat(a.commendedAt()).isEqualTo(endsAt.plusSeconds(86400));
    });
    assertThat(awardLetter("WHSX")).contains("排名第2名", "200,000.00 元");
    assertThat(outcomeLetter("WHQX")).contains("排名第4名", "共有5家", "名额3个");
    assertThat(outcomeLetter("WHJS")).contains("排名第5名");
    assertThat(round).hasPassed("CompleteRound").isEnded();
    assertThat(rounds.find(year()).orElseThrow().status()).isEqualTo(RoundStatus.COMPLETED);
  }

  private String awardLetter(String code) {
    return letter(code, "表彰奖励通知");
  }

  private String outcomeLetter(String code) {
    return letter(code, "评审结果通知");
  }

  private String letter(String code, String kind) {
    List<MimeMessage> letters = deliveredTo(mailOf(code)).stream().filter(m -> subject(m).contains(kind)).toList();
    assertThat(letters).as("%s letters to %s", kind, code).hasSize(1);
    return body(letters.get(0));
  }
}
