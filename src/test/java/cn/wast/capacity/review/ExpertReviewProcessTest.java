package cn.wast.capacity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.WebappSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Expert review: the round's committee and assignment, then each application's review (申报专家评审): scoring, recusal, missing scores. */
class ExpertReviewProcessTest extends ReviewTestBase {

  @Autowired ReviewAssignments assignments;

  @Test
  @DisplayName("R-REV-2: the committee's experts are assigned evenly, never to a society they are affiliated with, each seeing only their own tasks")
  void committeeIsAssignedEvenlyWithoutAffiliatedExperts() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    assertThat(round).isWaitingAt("FormCommittee");

    formCommittee(round, EXPERTS, 5);

    // Each accepted application is reviewed in its own 申报专家评审, called by the round, with its
    // five seats inside it.
    assertThat(round).isWaitingAt("ReviewApplications");
    for (String code : DemoSocieties.ELIGIBLE) {
      ProcessInstance review = reviewOf(applicationKey(code));
      assertThat(review).isWaitingAt("ScoreApplication");
      assertThat(runtimeService.createProcessInstanceQuery().subProcessInstanceId(review.getId()).singleResult().getId())
          .isEqualTo(round.getId());
      assertThat(taskService.createTaskQuery().processInstanceId(review.getId()).list())
          .hasSize(5).allMatch(t -> t.getTaskDefinitionKey().equals("ScoreApplication"));
    }

    List<ReviewAssignment> all = assignments.findByRound(year());
    assertThat(all).hasSize(DemoSocieties.ELIGIBLE.size() * 5);
    Map<String, Long> load = all.stream().collect(Collectors.groupingBy(ReviewAssignment::expertId, Collectors.counting()));
    assertThat(load.values()).allMatch(n -> n == 10L);
    assertThat(all).noneMatch(a -> a.expertId().equals("expert1") && a.applicationKey().equals(applicationKey("WHJX")));
    assertThat(all).noneMatch(a -> a.expertId().equals("expert2") && a.applicationKey().equals(applicationKey("WHJSJ")));
    assertThat(all).noneMatch(a -> a.expertId().equals("expert3") && a.applicationKey().equals(applicationKey("WHTJ")));
    assertThat(all).noneMatch(a -> a.expertId().equals("expert6") && a.applicationKey().equals(applicationKey("WHHX")));
    // The former officer whose look-back has passed may score the society.
    assertThat(all).anyMatch(a -> a.expertId().equals("expert4") && a.applicationKey().equals(applicationKey("WHDJ")));

    for (String expert : EXPERTS) {
      List<Task> tasks = scoringTasks(expert);
      assertThat(tasks).hasSize(10);
      Set<String> own = all.stream().filter(a -> a.expertId().equals(expert))
          .map(ReviewAssignment::applicationKey).collect(Collectors.toSet());
      assertThat(tasks.stream().map(t -> applicationOf(expert, t)).collect(Collectors.toSet())).isEqualTo(own);
      long visible = as(expert, () -> taskService.createTaskQuery().count());
      assertThat(visible).isEqualTo(10);
      assertThat(deliveredTo(expert + "@experts.example.cn"))
          .singleElement()
          .satisfies(m -> assertThat(body(m)).contains(own.toArray(String[]::new)));
    }
  }

  @Test
  @DisplayName("R-EVAL-1: all scored, the tie across the quota is the office's to break, then the ranking waits for confirmation")
  void scoringLeadsToRankingAndTie() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    formCommittee(round, EXPERTS, 5);
    Map<String, Double> base = bases();
    for (String expert : EXPERTS) {
      for (Task task : scoringTasks(expert)) {
        score(expert, task, scores(base.get(applicationOf(expert, task))));
      }
    }
    executeDueJobs();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("review").list())
        .hasSize(DemoSocieties.ELIGIBLE.size())
        .allSatisfy(review -> {
          assertThat(review.getEndActivityId()).isEqualTo("ReviewCompleted");
          assertThat(review.getSuperProcessInstanceId()).isEqualTo(round.getId());
        });
    assertThat(round).isWaitingAt("BreakTie");
    Task tie = officeTask(round, "BreakTie");
    Map<String, Object> choice = new HashMap<>();
    choice.put("tieChosen", List.of(applicationKey("WHJS")));
    choice.put("tieReasons", "两家综合得分相同，武汉金属学会服务创新能力得分更突出。");
    claimAndComplete(OFFICE, tie, choice);
    assertThat(round).isWaitingAt("ConfirmProposedList");
  }

  @Test
  @DisplayName("R-EVAL-1: the five experts on one application submit their scores at the same moment, and every submission is accepted")
  void simultaneousScoresAreAllAccepted() throws Exception {
    ProcessInstance round = roundWithAllEligibleAccepted();
    formCommittee(round, EXPERTS, 5);
    String key = applicationKey("WHLX");
    Map<String, Task> tasks = expertsOn(key).stream().collect(Collectors.toMap(e -> e, e -> scoringTask(e, key)));
    ExecutorService experts = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> submissions = tasks.entrySet().stream().map(e -> experts.submit(() -> {
        go.await();
        score(e.getKey(), e.getValue(), scores(80));
        return null;
      })).collect(Collectors.toList());
      go.countDown();
      for (Future<?> submission : submissions) {
        submission.get(60, TimeUnit.SECONDS); // an optimistic-locking failure would surface here
      }
    } finally {
      experts.shutdownNow();
    }
    assertThat(assignments.findByApplication(key)).hasSize(5).allMatch(a -> a.status() == AssignmentStatus.SCORED);
    executeDueJobs();
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("review")
        .processInstanceBusinessKey(key).singleResult().getEndActivityId()).isEqualTo("ReviewCompleted");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-REV-2: an auditor finds each application's review, its seats' work and the round that called it")
  void auditorFindsTheReview() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    formCommittee(round, EXPERTS, 5);
    String key = applicationKey("WHLX");
    String expert = expertsOn(key).get(0);
    score(expert, scoringTask(expert, key), scores(82));
    String review = reviewOf(key).getId();

    WebappSession auditor = WebappSession.login(port, "auditor1", "demo", "cockpit");
    assertThat(auditor.get("/audit/instances?process=review&society=WHLX").text())
        .contains(review, key, "申报专家评审", "进行中");
    assertThat(auditor.get("/audit/instances/" + review).text())
        .contains("开启评审席位", "专家评分", expert, "scoreC1", "82", round.getId());
    assertThat(auditor.get("/audit/instances/" + round.getId()).text()).contains(review, "申报专家评审");
  }

  @Test
  @DisplayName("R-REV-2: an expert who declares a conflict is recused, on record, and a free committee member takes the seat")
  void recusalAssignsAReplacement() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    formCommittee(round, EXPERTS, 5);
    String key = applicationKey("WHLX");
    List<String> onIt = expertsOn(key);
    String recusing = onIt.get(0);
    String free = EXPERTS.stream().filter(e -> !onIt.contains(e)).findFirst().orElseThrow();
    forgetDeliveredMail();

    Map<String, Object> form = new HashMap<>();
    form.put("conflictDeclared", true);
    form.put("conflictReason", "本人系该学会常务理事，去年刚当选。");
    score(recusing, scoringTask(recusing, key), form);

    List<ReviewAssignment> seat = assignments.findByApplication(key).stream()
        .filter(a -> a.expertId().equals(recusing) || a.expertId().equals(free)).toList();
    assertThat(seat).extracting(ReviewAssignment::expertId, ReviewAssignment::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(recusing, AssignmentStatus.RECUSED),
        org.assertj.core.groups.Tuple.tuple(free, AssignmentStatus.ASSIGNED));
    assertThat(seat.get(0).endedReason()).contains("本人系该学会常务理事");
    assertThat(scoringTasks(recusing)).extracting(t -> applicationOf(recusing, t)).doesNotContain(key);
    assertThat(scoringTask(free, key)).isNotNull();
    assertThat(deliveredTo(free + "@experts.example.cn")).singleElement()
        .satisfies(m -> assertThat(body(m)).contains(key, "武汉力学学会"));
    // The declaration stays in the application review's history as the expert submitted it.
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(reviewOf(key).getId()).variableUpdates()
        .list())
        .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
        .anyMatch(u -> u.getVariableName().equals("conflictReason")
            && "本人系该学会常务理事，去年刚当选。".equals(u.getValue()));
  }

  @Test
  @DisplayName("R-REV-2: with nobody free after a recusal the office decides; extending is refused, withdrawing the seat is recorded")
  void recusalWithoutReplacementGoesToTheOffice() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    formCommittee(round, EXPERTS, 5);
    String key = applicationKey("WHJX"); // expert1 is a member: the other five are all on it
    String recusing = expertsOn(key).get(0);
    Map<String, Object> form = new HashMap<>();
    form.put("conflictDeclared", true);
    form.put("conflictReason", "本人近期受聘为该学会的顾问。");
    score(recusing, scoringTask(recusing, key), form);

    Task office = reviewTask(key, "ResolveMissingScore");
    assertThat(as(OFFICE, () -> (String) taskService.getVariable(office.getId(), "missingScoreText")))
        .contains("申请回避", "没有可自动替换");
    Map<String, Object> extend = new HashMap<>();
    extend.put("missingScoreDecision", "extend");
    extend.put("newDueDate", formalReviewDeadline().plusDays(30).toString());
    assertThatThrownBy(() -> claimAndComplete(OFFICE, office, extend))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("已申请回避，不能延期");
    Map<String, Object> withdraw = new HashMap<>();
    withdraw.put("missingScoreDecision", "withdrawSeat");
    withdraw.put("missingScoreNote", "无其他无关联专家，以其余四位专家的评分计算。");
    claimAndComplete(OFFICE, office, withdraw);
    executeDueJobs();

    assertThat(reviewTask(key, "ResolveMissingScore")).isNull();
    assertThat(assignments.findByApplication(key).stream()
        .filter(a -> a.status() == AssignmentStatus.ASSIGNED).count()).isEqualTo(4);
    // The withdrawn seat has ended; the review waits for the other four.
    ProcessInstance review = reviewOf(key);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(review.getId())
        .activityId("SeatWithdrawn").finished().count()).isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("ScoreApplication")
        .count()).isEqualTo(4);
  }

  @Test
  @DisplayName("R-REV-2: the reminder goes out before the deadline; at the deadline the office replaces the expert, who is told")
  void missingScoreAtTheDeadline() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    formCommittee(round, EXPERTS, 5);
    String key = applicationKey("WHSX");
    List<String> onIt = expertsOn(key);
    String late = onIt.get(0);
    String free = EXPERTS.stream().filter(e -> !onIt.contains(e)).findFirst().orElseThrow();
    for (String expert : EXPERTS) {
      for (Task task : scoringTasks(expert)) {
        if (!(expert.equals(late) && applicationOf(expert, task).equals(key))) {
          score(expert, task, scores(75));
        }
      }
    }
    forgetDeliveredMail();
    java.time.LocalDate committeeDay = formalReviewDeadline().plusDays(1);

    setClock(committeeDay.plusDays(11), java.time.LocalTime.of(23, 0));
    executeDueJobs();
    assertThat(deliveredMail()).isEmpty();
    setClock(committeeDay.plusDays(12), java.time.LocalTime.of(0, 1));
    executeDueJobs();
    assertThat(deliveredMail()).singleElement().satisfies(m -> {
      assertThat(recipient(m)).isEqualTo(late + "@experts.example.cn");
      assertThat(subject(m)).contains("评审提醒", key);
    });

    setClock(committeeDay.plusDays(15), java.time.LocalTime.of(0, 1));
    executeDueJobs();
    assertThat(scoringTasks(late)).isEmpty();
    Task office = reviewTask(key, "ResolveMissingScore");
    Map<String, Object> replace = new HashMap<>();
    replace.put("missingScoreDecision", "replace");
    replace.put("replacementExpert", late);
    assertThatThrownBy(() -> claimAndComplete(OFFICE, office, replace))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("请从列出的专家中选择");
    replace.put("replacementExpert", free);
    claimAndComplete(OFFICE, office, replace);
    assertThat(deliveredTo(free + "@experts.example.cn")).singleElement()
        .satisfies(m -> assertThat(body(m)).contains(key));

    score(free, scoringTask(free, key), scores(75));
    executeDueJobs();
    assertThat(round).isWaitingAt("BreakTie");
  }

  @Test
  @DisplayName("R-EVAL-1: a bad scoring form is refused with every reason and stores nothing")
  void badScoringFormStoresNothing() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    formCommittee(round, EXPERTS, 5);
    String key = applicationKey("WHLX");
    String expert = expertsOn(key).get(0);
    Task task = scoringTask(expert, key);
    forgetDeliveredMail();

    Map<String, Object> bad = scores(101);
    bad.put("scoreC2", null);
    assertThatThrownBy(() -> score(expert, task, bad))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("C1 服务创新能力：得分须在 0 至 100 之间")
        .hasMessageContaining("请为C2 服务社会和政府能力打分");
    Map<String, Object> atEnd = scores(100);
    atEnd.put("scoreComment", "");
    assertThatThrownBy(() -> score(expert, task, atEnd))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("请填写评语");
    Map<String, Object> conflict = scores(80);
    conflict.put("conflictDeclared", true);
    assertThatThrownBy(() -> score(expert, task, conflict))
        .isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("申请回避时，请说明");

    assertThat(as(expert, () -> taskService.createTaskQuery().taskId(task.getId()).count())).isEqualTo(1);
    assertThat(assignments.findByApplication(key)).filteredOn(a -> a.expertId().equals(expert)).singleElement()
        .satisfies(a -> {
          assertThat(a.status()).isEqualTo(AssignmentStatus.ASSIGNED);
          assertThat(a.weightedTotal()).isNull();
        });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_assignment WHERE status <> 'ASSIGNED'", Long.class))
        .isZero();
    assertThat(as(expert, () -> taskService.getVariable(task.getId(), "scoreC1"))).isNull();
    assertThat(deliveredMail()).isEmpty();
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
  }

  @Test
  @DisplayName("R-REV-2 R-EVAL-1: an expert sees only their own assignments, never another's scores; a society sees no expert and no score")
  void scoresStayWithTheirExpert() {
    ProcessInstance round = roundWithAllEligibleAccepted();
    formCommittee(round, EXPERTS, 5);
    String key = applicationKey("WHLX");
    List<String> onIt = expertsOn(key);
    String first = onIt.get(0);
    String second = onIt.get(1);
    score(first, scoringTask(first, key), scores(82));

    Task secondsTask = scoringTask(second, key);
    Map<String, Object> seen = as(second, () -> taskService.getVariables(secondsTask.getId()));
    assertThat(seen.get("scoreC1")).isNull();
    assertThat(seen).doesNotContainKey("weightedTotal");
    assertThat(seen.values()).noneMatch(v -> first.equals(v));
    Task firstsOther = scoringTasks(first).get(0);
    assertThat(as(second, () -> taskService.createTaskQuery().taskId(firstsOther.getId()).count())).isZero();
    assertThatThrownBy(() -> as(second, () -> taskService.getVariables(firstsOther.getId())))
        .isInstanceOf(AuthorizationException.class);
    String review = reviewOf(key).getId();
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(review).variableName("scoreC1").list())
        .filteredOn(v -> v.getValue() != null).singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo(82.0));
    for (String instance : List.of(round.getId(), review)) {
      assertThat(as(second, () -> runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).count()))
          .isZero();
      assertThat(as(second, () -> historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
          .count())).isZero();
    }

    String society = DemoUsers.userOf("WHLX");
    assertThat(as(society, () -> runtimeService.createProcessInstanceQuery().processDefinitionKeyIn("round", "review")
        .count())).isZero();
    for (String instance : List.of(round.getId(), review)) {
      assertThat(as(society, () -> historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
          .count())).isZero();
    }
    assertThat(as(society, () -> taskService.createTaskQuery().count())).isZero();
    assertThat(as(society, () -> historyService.createHistoricVariableInstanceQuery().list()))
        .isNotEmpty()
        .noneMatch(v -> v.getName().startsWith("score") || v.getName().startsWith("seat")
            || EXPERTS.contains(String.valueOf(v.getValue())));
  }

  private List<String> expertsOn(String applicationKey) {
    return assignments.findByApplication(applicationKey).stream()
        .filter(a -> a.status() == AssignmentStatus.ASSIGNED)
        .map(ReviewAssignment::expertId).toList();
  }

  /** Composite scores by design: four clearly ranked, then WHQX and WHJS tied across quota 5. */
  private Map<String, Double> bases() {
    List<String> order = List.of("WHJX", "WHJSJ", "WHTJ", "WHDJ", "WHQX", "WHJS", "WHHX", "WHLX", "WHSX", "WHYX", "WHFZ", "WHSW");
    double[] values = {90, 88, 86, 84, 80, 80, 78, 76, 74, 72, 70, 68};
    Map<String, Double> base = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      base.put(applicationKey(order.get(i)), values[i]);
    }
    return base;
  }
}
