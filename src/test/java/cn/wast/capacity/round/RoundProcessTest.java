package cn.wast.capacity.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.IntakeTestBase;
import cn.wast.capacity.support.ProcessTestBase;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import cn.wast.capacity.support.SampleForms;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The round process (专项年度评选) as the office runs it, from the call to formal review's end. */
class RoundProcessTest extends IntakeTestBase {

  @Autowired SocietyRegistry societies;
  @Autowired Rounds rounds;

  @Test
  @DisplayName("R-CALL-1 R-APP-1: opening a round mails the call to every affiliated society, and to no other")
  void openingARoundMailsTheCall() {
    ProcessInstance round = openRound();

    assertThat(round).hasBusinessKey("ROUND-" + year()).isWaitingAt("ApplicationDeadlineReached");
    assertThat(rounds.find(year())).get()
        .satisfies(r -> {
          assertThat(r.quota()).isEqualTo(5);
          assertThat(r.status()).isEqualTo(RoundStatus.OPEN);
          assertThat(r.openedBy()).isEqualTo(OFFICE);
        });
    List<Society> affiliated = societies.findAffiliated();
    List<MimeMessage> mails = deliveredMail();
    assertThat(mails).hasSize(affiliated.size());
    for (Society society : affiliated) {
      MimeMessage call = deliveredTo(society.contactEmail()).get(0);
      assertThat(subject(call)).contains(String.valueOf(year()));
      assertThat(body(call)).contains(society.name(), year() + "年3月31日", year() + "年4月30日", "5");
    }
    societies.findAll().stream().filter(s -> !s.affiliatedWithWast())
        .forEach(s -> assertThat(deliveredTo(s.contactEmail())).isEmpty());
  }

  @Test
  @DisplayName("R-CALL-1: the window closes at the end of the deadline day, and formal review's end records the accepted list")
  void deadlinesCloseTheWindowAndRecordResults() {
    ProcessInstance round = openRound();
    String society = DemoSocieties.ELIGIBLE.get(0);
    uploadBoardResolution(society);
    ProcessInstance application = apply(society);
    executeDueJobs();
    claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));

    setClock(applicationDeadline(), LocalTime.of(23, 59));
    executeDueJobs();
    assertThat(round).isWaitingAt("ApplicationDeadlineReached");
    assertThat(rounds.find(year()).orElseThrow().status()).isEqualTo(RoundStatus.OPEN);

    setClock(applicationDeadline().plusDays(1), LocalTime.of(0, 0, 1));
    executeDueJobs();
    assertThat(round).isWaitingAt("FormalReviewDeadlineReached");
    assertThat(rounds.find(year()).orElseThrow().status()).isEqualTo(RoundStatus.CLOSED);

    setClock(formalReviewDeadline().plusDays(1), LocalTime.of(0, 0, 1));
    executeDueJobs();
    assertThat(round).hasPassed("RecordFormalReviewResults").isWaitingAt("FormCommittee");
    assertThat(rounds.find(year()).orElseThrow().status()).isEqualTo(RoundStatus.FORMAL_REVIEW_DONE);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(round.getId())
        .variableName("acceptedApplications").singleResult().getValue())
        .isEqualTo(List.of("APP-" + year() + "-" + society));
  }

  @Test
  @DisplayName("R-REV-1: a round in which no application was accepted ends after formal review")
  void roundWithoutAcceptedApplicationsEnds() {
    ProcessInstance round = openRound();
    setClock(formalReviewDeadline().plusDays(1), LocalTime.of(0, 0, 1));
    executeDueJobs();
    assertThat(round).isEnded().hasPassed("NoApplicationsToReview");
  }

  @Test
  @DisplayName("R-CALL-1: a bad round form is refused with every reason and leaves no round behind")
  void badRoundFormIsRefused() {
    Map<String, Object> form = roundForm();
    form.put("quota", 0);
    form.put("applicationDeadline", LocalDate.of(year(), 3, 1).toString());
    form.put("formalReviewDeadline", LocalDate.of(year(), 2, 1).toString());

    assertThatThrownBy(() -> startForm(OFFICE, "round", form))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("奖励名额须在 1 至 500 之间")
        .hasMessageContaining("申报截止日期不能早于今天")
        .hasMessageContaining("形式审查截止日期须晚于申报截止日期");
    assertNothingLeft();
  }

  @Test
  @DisplayName("R-CALL-1: the office opening the same year's round twice at the same moment, over REST as Tasklist sends it, opens one; the other gets the Chinese refusal of a second round, a 400")
  void simultaneousOpeningsOpenOneRound() throws Exception {
    String body = SampleForms.restVariables(roundForm());
    WebappSession office = WebappSession.anonymous(port).withBasicAuth(OFFICE, "demo");
    ExecutorService clerks = Executors.newFixedThreadPool(3);
    List<Response> answers = new ArrayList<>();
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> pending = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        pending.add(clerks.submit(() -> {
          go.await();
          return office.sendJson("POST", "/engine-rest/process-definition/key/round/submit-form", body);
        }));
      }
      go.countDown();
      for (Future<Response> answer : pending) {
        answers.add(answer.get(120, TimeUnit.SECONDS));
      }
    } finally {
      clerks.shutdownNow();
    }

    assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
    assertThat(answers).filteredOn(a -> a.status() != 200).hasSize(2)
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(400))
        .allSatisfy(a -> assertThat(a.text()).contains(year() + " 年度的评选已经开启，每年只能开启一次")
            .doesNotContain("SQL", "Unique index"));
    assertThat(rows("award_round")).isEqualTo(1);
    assertThat(instancesOf("round")).isEqualTo(1);
  }

  @Test
  @DisplayName("R-CALL-1: missing fields are named")
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> startForm(OFFICE, "round", Map.of()))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("请填写评选年度")
        .hasMessageContaining("请填写奖励名额")
        .hasMessageContaining("请填写申报截止日期")
        .hasMessageContaining("请填写形式审查截止日期");
    assertNothingLeft();
  }

  @Test
  @DisplayName("R-CALL-1: one round a year")
  void secondRoundOfTheYearIsRefused() {
    openRound();
    long mails = rows("mail_outbox");

    assertThatThrownBy(() -> startForm(OFFICE, "round", roundForm()))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining(year() + " 年度的评选已经开启");
    assertThat(instancesOf("round")).isEqualTo(1);
    assertThat(rows("mail_outbox")).isEqualTo(mails);
  }

  @Test
  @DisplayName("Only the office opens rounds")
  void societyCannotOpenARound() {
    String societyUser = DemoUsers.userOf(DemoSocieties.ELIGIBLE.get(0));
    assertThatThrownBy(() -> startForm(societyUser, "round", roundForm()))
        .isInstanceOf(AuthorizationException.class);
    assertNothingLeft();
  }

  private void assertNothingLeft() {
    assertThat(instancesOf("round")).isZero();
    assertThat(rows("award_round")).isZero();
    assertThat(rows("mail_outbox")).isZero();
    assertThat(managementService.createJobQuery().list()).allMatch(ProcessTestBase::isHistoryCleanup);
  }
}
