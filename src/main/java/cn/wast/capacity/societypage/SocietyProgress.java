package cn.wast.capacity.societypage;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.AsSignedInUser;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentInfo;
import cn.wast.capacity.funds.HeldTranches;
import cn.wast.capacity.funds.Implementation;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.funds.Payments.Payment;
import cn.wast.capacity.publicity.NoticeEntry;
import cn.wast.capacity.publicity.PublicNotices;
import cn.wast.capacity.review.ReviewAssignment;
import cn.wast.capacity.review.ReviewAssignments;
import cn.wast.capacity.review.ReviewResult;
import cn.wast.capacity.review.ReviewResults;
import cn.wast.capacity.society.Dated;
import cn.wast.capacity.societypage.ApplicationStanding.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Works out where a society's application stands. The steps of its own application and
 * implementation instances come from the engine's history, read as the signed-in user under the
 * engine's authorizations (an instance the user may not read contributes nothing); the round's
 * stages the society has no instance of (expert review, notice, result) come from its own rows.
 */
@Service
class SocietyProgress {

  private static final Set<String> SHOWN_ACTIVITIES = Set.of("startEvent", "noneEndEvent", "userTask",
      "intermediateTimer", "messageEndEvent", "terminateEndEvent", "errorEndEvent");

  private final AsSignedInUser asUser;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final ReviewAssignments assignments;
  private final ReviewResults results;
  private final PublicNotices notices;
  private final Awards awards;
  private final Payments payments;
  private final ProgrammeClock clock;
  private final ApplicationDocuments documents;
  private final HeldTranches heldTranches;
  private final DeadlineStanding deadlines;

  SocietyProgress(AsSignedInUser asUser, HistoryService historyService, TaskService taskService,
      ReviewAssignments assignments, ReviewResults results,
      PublicNotices notices, Awards awards, Payments payments, ProgrammeClock clock, ApplicationDocuments documents,
      HeldTranches heldTranches, DeadlineStanding deadlines) {
    this.heldTranches = heldTranches;
    this.deadlines = deadlines;
    this.asUser = asUser;
    this.historyService = historyService;
    this.taskService = taskService;
    this.assignments = assignments;
    this.results = results;
    this.notices = notices;
    this.awards = awards;
    this.payments = payments;
    this.clock = clock;
    this.documents = documents;
  }

  ApplicationStanding of(SignedInUser user, Application application) {
    return asUser.call(user, () -> standing(application));
  }

  private ApplicationStanding standing(Application application) {
    List<Dated> steps = new ArrayList<>(engineSteps(application.processInstanceId()));
    List<String> details = new ArrayList<>();
    String stage;
    Optional<Award> award = awards.find(application.businessKey());
    Optional<HistoricProcessInstance> implementation = award.flatMap(a -> implementationOf(application));
    roundSteps(application, steps);
    implementation.ifPresent(instance -> steps.addAll(engineSteps(instance.getId())));
    award.ifPresent(a -> payments.findByApplication(application.businessKey()).forEach(payment -> steps.add(
        new Dated("拨付奖励补助（" + payment.tranche().label() + "）：" + Numbers.yuan(payment.amount()),
            payment.paidAt(), payment.paidAt()))));

    switch (application.status()) {
      case SUBMITTED, IN_FORMAL_REVIEW -> stage = "材料审核中";
      case CORRECTION_REQUESTED -> {
        stage = "需补正";
        openTaskDue(application.processInstanceId())
            .ifPresent(due -> details.add("请在任务列表中补正申报材料，截止时间：" + clock.deadline(due)));
        correctionRequest(application.processInstanceId())
            .ifPresent(request -> details.add("专项办公室的补正要求：" + request));
      }
      case ACCEPTED -> stage = "已受理，等待专家评审";
      case NOT_ACCEPTED -> {
        stage = "不予受理";
        reason(application).ifPresent(details::add);
      }
      case REJECTED -> {
        stage = "形式审查不通过";
        reason(application).ifPresent(details::add);
      }
      case WITHDRAWN -> {
        stage = "逾期未补正，申报已撤回";
        reason(application).ifPresent(details::add);
      }
      case WITHDRAWN_ON_REVOCATION -> {
        stage = "因撤销资格撤回";
        reason(application).ifPresent(details::add);
      }
      case UNDER_EXPERT_REVIEW -> stage = "专家评审中";
      case RANKED -> stage = "评审完成，未列入拟表彰名单";
      case PROPOSED -> {
        stage = "公示中";
        notices.findByApplication(application.businessKey()).ifPresent(entry -> details.add(
            "公示期：" + clock.format(entry.startsAt()) + " 至 " + clock.deadline(entry.endsAt())));
      }
      case REMOVED -> {
        stage = "公示期间移出名单";
        reason(application).ifPresent(details::add);
      }
      case NOT_SELECTED -> {
        stage = "未入选";
        results.find(application.businessKey()).ifPresent(result -> details.add(rankOf(result)));
      }
      case COMMENDED -> {
        Award a = award.orElseThrow();
        stage = implementationStage(a);
        details.add("排名第 " + a.ranking() + " 名，综合得分 " + Numbers.score(a.composite()) + "，奖励补助 "
            + Numbers.yuan(a.amount()));
        details.add(tranches(application));
        details.addAll(deadlines.of(application.businessKey(), implementation));
      }
      case DISQUALIFIED -> {
        stage = "已撤销资格";
        reason(application).ifPresent(details::add);
      }
      default -> stage = application.status().label();
    }
    submittedFiles(application).ifPresent(details::add);
    List<Step> shown = steps.stream().sorted(Comparator.comparing(Dated::startedAt))
        .map(d -> new Step(d.what(), clock.format(d.startedAt()), d.endedAt() == null ? "进行中" : clock.format(d.endedAt())))
        .toList();
    return new ApplicationStanding(application.roundYear(), application.businessKey(), stage, details, shown);
  }

  private record Dated(String what, Instant startedAt, Instant endedAt) {}

  private List<Dated> engineSteps(String processInstanceId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .filter(a -> SHOWN_ACTIVITIES.contains(a.getActivityType()) && a.getActivityName() != null)
        .map(this::dated)
        .toList();
  }

  private Dated dated(HistoricActivityInstance activity) {
    Instant end = activity.getEndTime() == null ? null : activity.getEndTime().toInstant();
    return new Dated(activity.getActivityName(), activity.getStartTime().toInstant(), end);
  }

  private void roundSteps(Application application, List<Dated> steps) {
    assignments.findByApplication(application.businessKey()).stream().map(ReviewAssignment::assignedAt)
        .min(Comparator.naturalOrder())
        .ifPresent(start -> steps.add(new Dated("专家评审", start, results.find(application.businessKey()).isPresent()
            ? reviewEnd(application, start) : null)));
    notices.findByApplication(application.businessKey()).ifPresent(entry -> steps.add(notice(entry)));
    awards.find(application.businessKey())
        .ifPresent(a -> steps.add(new Dated("表彰（已表彰）", a.commendedAt(), a.commendedAt())));
    if (application.status() == cn.wast.capacity.application.ApplicationStatus.NOT_SELECTED
        && application.decidedAt() != null) {
      steps.add(new Dated("评选结果公布：未入选", application.decidedAt(), application.decidedAt()));
    }
  }

  /** The review ends with the round's ranking, which the notice's publication follows at once. */
  private Instant reviewEnd(Application application, Instant start) {
    return notices.findByRound(application.roundYear()).stream().map(NoticeEntry::startsAt)
        .min(Comparator.naturalOrder()).orElse(application.decidedAt() != null ? application.decidedAt() : start);
  }

  private Dated notice(NoticeEntry entry) {
    return new Dated("名额公示（十天）", entry.startsAt(), entry.closedAt() != null ? entry.closedAt()
        : clock.now().isAfter(entry.endsAt()) ? entry.endsAt() : null);
  }

  private Optional<HistoricProcessInstance> implementationOf(Application application) {
    return Optional.ofNullable(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ImplementationVariables.PROCESS)
        .processInstanceBusinessKey(Implementation.businessKeyOf(application.businessKey())).singleResult());
  }

  /** The office's request on the society's open correction task (read as the society, like Tasklist). */
  private Optional<String> correctionRequest(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(task -> (String) taskService.getVariable(task.getId(), ApplicationVariables.CORRECTION_REQUEST))
        .filter(request -> request != null && !request.isBlank()).findFirst();
  }

  /** The files the application holds now: those submitted, and those replaced in a correction. */
  private Optional<String> submittedFiles(Application application) {
    List<DocumentInfo> files = documents.listForApplication(application.businessKey());
    return files.isEmpty() ? Optional.empty() : Optional.of("申报材料：" + files.stream()
        .map(file -> file.kind().label() + "：" + file.fileName()).collect(Collectors.joining("；")));
  }

  private Optional<Instant> openTaskDue(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
        .map(Task::getDueDate).filter(d -> d != null).map(Date::toInstant).min(Comparator.naturalOrder());
  }

  private String implementationStage(Award award) {
    return switch (award.implementationStatus()) {
      case Award.COMPLETED -> "已验收";
      case Award.ADJUSTED -> "已验收（调整支持金额）";
      case Award.TERMINATED -> "已验收，终止支持";
      case Award.REVOKED -> "已撤销资格";
      default -> "已表彰 · 实施中";
    };
  }

  private String tranches(Application application) {
    List<Payment> paid = payments.findByApplication(application.businessKey());
    if (paid.isEmpty()) {
      return "已拨付：尚未拨付（经费使用管理方案备案后拨付第一笔）";
    }
    return "已拨付：" + String.join("；", paid.stream().map(p -> p.tranche().label() + " "
        + Numbers.yuan(p.amount()) + "（" + clock.format(p.paidAt()) + "）").toList())
        + "，合计 " + Numbers.yuan(payments.paid(application.businessKey()))
        + heldTranches.findByApplication(application.businessKey()).stream().map(h -> "；" + h.text())
            .collect(java.util.stream.Collectors.joining());
  }

  private static String rankOf(ReviewResult result) {
    return "排名第 " + result.ranking() + " 名，综合得分 " + Numbers.score(result.composite());
  }

  private static Optional<String> reason(Application application) {
    return Optional.ofNullable(application.statusReason()).filter(r -> !r.isBlank());
  }
}
