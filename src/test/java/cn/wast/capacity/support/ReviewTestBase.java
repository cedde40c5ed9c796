package cn.wast.capacity.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.publicity.Objection;
import cn.wast.capacity.publicity.Objections;
import cn.wast.capacity.publicity.PublicNotices;
import cn.wast.capacity.society.DemoSocieties;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.support.WebappSession.FilePart;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Expert review's common moves: a round whose intake is done with applications accepted, the
 * office forming the committee, experts scoring, the engine clock moved to a deadline.
 */
public abstract class ReviewTestBase extends IntakeTestBase {

  @Autowired protected PublicNotices notices;
  @Autowired protected Objections objections;
  @Autowired protected SocietyRegistry societies;

  /** The demo experts: expert1..expert6. */
  protected static final List<String> EXPERTS =
      List.of("expert1", "expert2", "expert3", "expert4", "expert5", "expert6");

  protected String applicationKey(String societyCode) {
    return "APP-" + year() + "-" + societyCode;
  }

  /**
   * Opens a round, has each society apply and the office accept it, and moves the clock past
   * the formal-review deadline: the round waits at 组建评审委员会.
   */
  protected ProcessInstance roundWithAccepted(List<String> societyCodes) {
    return roundWithAccepted(societyCodes, roundForm());
  }

  /** The same, with the round's quota set. */
  protected ProcessInstance roundWithAccepted(List<String> societyCodes, int quota) {
    Map<String, Object> form = roundForm();
    form.put("quota", quota);
    return roundWithAccepted(societyCodes, form);
  }

  private ProcessInstance roundWithAccepted(List<String> societyCodes, Map<String, Object> roundForm) {
    ProcessInstance round = openRound(roundForm);
    for (String code : societyCodes) {
      uploadBoardResolution(code);
      ProcessInstance application = apply(code);
      executeDueJobs();
      claimAndComplete(OFFICE, singleTask(OFFICE, application.getId()), Map.of("formalReviewDecision", "accepted"));
    }
    setClock(formalReviewDeadline().plusDays(1), LocalTime.of(9, 0));
    executeDueJobs();
    return round;
  }

  protected ProcessInstance roundWithAllEligibleAccepted() {
    return roundWithAccepted(DemoSocieties.ELIGIBLE);
  }

  protected Task officeTask(ProcessInstance round, String taskKey) {
    return as(OFFICE, () -> taskService.createTaskQuery().processInstanceId(round.getId())
        .taskDefinitionKey(taskKey).singleResult());
  }

  /** The office forms the committee; each application's review then starts on its own (a job each). */
  protected void formCommittee(ProcessInstance round, List<String> experts, int perApplication) {
    Map<String, Object> form = new HashMap<>();
    form.put("committeeExperts", experts);
    form.put("expertsPerApplication", perApplication);
    claimAndComplete(OFFICE, officeTask(round, "FormCommittee"), form);
    executeDueJobs();
  }

  /** The application's expert review (申报专家评审), called by the round. */
  protected ProcessInstance reviewOf(String applicationKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("review")
        .processInstanceBusinessKey(applicationKey).singleResult();
  }

  /** The office's task in an application's review, such as 处理缺评. */
  protected Task reviewTask(String applicationKey, String taskKey) {
    return as(OFFICE, () -> taskService.createTaskQuery().processDefinitionKey("review")
        .processInstanceBusinessKey(applicationKey).taskDefinitionKey(taskKey).singleResult());
  }

  /** The expert's open scoring tasks, as their Tasklist shows them. */
  protected List<Task> scoringTasks(String expert) {
    return as(expert, () -> taskService.createTaskQuery().taskDefinitionKey("ScoreApplication")
        .taskAssignee(expert).list());
  }

  /** The application a scoring task is about, read as the expert's form reads it. */
  protected String applicationOf(String expert, Task task) {
    return as(expert, () -> (String) taskService.getVariable(task.getId(), "seatApplicationKey"));
  }

  protected Task scoringTask(String expert, String applicationKey) {
    return scoringTasks(expert).stream().filter(t -> applicationOf(expert, t).equals(applicationKey))
        .findFirst().orElseThrow(() -> new AssertionError(expert + " has no scoring task for " + applicationKey));
  }

  /** Every capacity scored the same, so that the weighted total equals the score (weights sum to 1). */
  protected static Map<String, Object> scores(double each) {
    Map<String, Object> form = new HashMap<>();
    form.put("scoreC1", each);
    form.put("scoreC2", each);
    form.put("scoreC3", each);
    form.put("scoreC4", each);
    form.put("scoreComment", "材料翔实，成效明显。");
    form.put("conflictDeclared", false);
    return form;
  }

  /**
   * A round with a quota of one through review to the public notice: the societies apply and are
   * accepted, five experts score each, the earlier society in the list scoring higher, and the
   * office confirms the proposed list: the first society.
   */
  protected ProcessInstance publishedRound(List<String> societyCodes) {
    return publishedRound(societyCodes, 1);
  }

  /** The same with the round's quota: the first {@code quota} societies of the list are on the notice. */
  protected ProcessInstance publishedRound(List<String> societyCodes, int quota) {
    ProcessInstance round = roundWithAccepted(societyCodes, quota);
    formCommittee(round, EXPERTS, 5);
    for (String expert : EXPERTS) {
      for (Task task : scoringTasks(expert)) {
        String key = applicationOf(expert, task);
        int position = societyCodes.indexOf(key.substring(key.lastIndexOf('-') + 1));
        score(expert, task, scores(90 - 2 * position));
      }
    }
    executeDueJobs();
    claimAndComplete(OFFICE, officeTask(round, "ConfirmProposedList"), Map.of("proposedListConfirmed", true));
    return round;
  }

  /**
   * The society awarded (its notice period ended with no objection) against WHSX in a round of
   * quota one; returns its implementation process, waiting for the fund plan.
   */
  protected ProcessInstance awardedImplementation(String societyCode) {
    publishedRound(List.of(societyCode, "WHSX"));
    setClock(notices.findByApplication(applicationKey(societyCode)).orElseThrow().endsAt().plusSeconds(60));
    executeDueJobs();
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("IMPL-" + year() + "-" + societyCode).singleResult();
  }

  /** The society's entry on the public notice. */
  protected NoticeEntry entryOf(String societyCode) {
    return notices.findByApplication(applicationKey(societyCode)).orElseThrow();
  }

  /** Where the programme's letters to a society go: its contact mail in the registry. */
  protected String mailOf(String societyCode) {
    return societies.findByCode(societyCode).orElseThrow().contactEmail();
  }

  /**
   * Someone posts the objection form on the public page (with the files given): it is taken and
   * acknowledged with its number; returns the stored objection.
   */
  protected Objection object(Map<String, String> form, FilePart... files) {
    WebappSession.Response response = WebappSession.anonymous(port).postMultipart("/public/objections", form, files);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.text()).contains("异议编号");
    int roundYear = notices.find(Long.parseLong(form.get("noticeEntryId"))).orElseThrow().roundYear();
    return objections.findByRound(roundYear).stream().max(Comparator.comparingLong(Objection::id)).orElseThrow();
  }

  /** The office's 核查异议 task of an objection. */
  protected Task investigation(Objection objection) {
    return as(OFFICE, () -> taskService.createTaskQuery().processInstanceBusinessKey(objection.number())
        .taskDefinitionKey("InvestigateObjection").singleResult());
  }

  /** The office completes its 核查异议 of an objection with this finding ({@link SampleForms#objectionFinding}). */
  protected void decide(Objection objection, Map<String, Object> finding) {
    claimAndComplete(OFFICE, investigation(objection), finding);
  }

  protected void score(String expert, Task task, Map<String, Object> form) {
    as(expert, () -> formService.submitTaskForm(task.getId(), form));
  }
}
