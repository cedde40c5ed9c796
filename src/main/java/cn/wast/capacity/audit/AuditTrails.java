package cn.wast.capacity.audit;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.AsSignedInUser;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.audit.AuditTrail.Activity;
import cn.wast.capacity.audit.AuditTrail.Decision;
import cn.wast.capacity.audit.AuditTrail.Instance;
import cn.wast.capacity.audit.AuditTrail.Mail;
import cn.wast.capacity.audit.AuditTrail.Operation;
import cn.wast.capacity.audit.AuditTrail.VariableChange;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutboxMail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * The auditors' view of the programme's processes, read from the engine's history as the signed-in
 * user (so the engine's authorizations decide what is there): instances finished or running,
 * searchable by process, round, society, outcome and state, and the whole trail of one.
 */
@Service
public class AuditTrails {

  /** The processes an audit covers, in the order the search offers them. */
  public static final List<String> PROCESSES = List.of("round", "review", "application", "objection",
      "implementation", "disqualification");
  static final int MOST = 500;
  private static final int LONGEST_VALUE = 2000;
  /** Variables that carry a decision or its reasons: the office's and the rules'. */
  private static final Pattern DECISION = Pattern.compile(
      ".*(Decision|Reason|Reasons|Comments|Request|findings|corrections|Confirmed)$");

  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final AsSignedInUser asUser;
  private final Outbox outbox;
  private final Applications applications;
  private final ProgrammeClock clock;
  private final Map<String, BpmnModelInstance> models = new ConcurrentHashMap<>();

  AuditTrails(HistoryService historyService, RepositoryService repositoryService, AsSignedInUser asUser, Outbox outbox,
      Applications applications, ProgrammeClock clock) {
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.asUser = asUser;
    this.outbox = outbox;
    this.applications = applications;
    this.clock = clock;
  }

  /** What the auditor searches for; every part may be left out. */
  public record Search(String process, Integer year, String society, String outcome, String state) {}

  public List<Instance> search(SignedInUser user, Search search) {
    return asUser.call(user, () -> {
      HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery();
      if (search.process() != null && PROCESSES.contains(search.process())) {
        query.processDefinitionKey(search.process());
      } else {
        query.processDefinitionKeyIn(PROCESSES.toArray(String[]::new));
      }
      String society = search.society() == null ? null : search.society().strip().toUpperCase();
      if (search.year() != null && society != null && !society.isEmpty()) {
        query.processInstanceBusinessKeyLike("%-" + search.year() + "-" + society);
      } else if (search.year() != null) {
        query.processInstanceBusinessKeyLike("%-" + search.year() + "%");
      } else if (society != null && !society.isEmpty()) {
        query.processInstanceBusinessKeyLike("%-" + society);
      }
      if ("finished".equals(search.state())) {
        query.finished();
      } else if ("running".equals(search.state())) {
        query.unfinished();
      }
      List<Instance> found = query.orderByProcessInstanceStartTime().desc().listPage(0, MOST).stream()
          .map(this::instance).toList();
      String outcome = search.outcome() == null ? "" : search.outcome().strip();
      return outcome.isEmpty() ? found : found.stream().filter(i -> i.outcome().contains(outcome)).toList();
    });
  }

  public Optional<AuditTrail> trail(SignedInUser user, String processInstanceId) {
    return asUser.call(user, () -> {
      HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      if (process == null || !PROCESSES.contains(process.getProcessDefinitionKey())) {
        return Optional.empty();
      }
      return Optional.of(new AuditTrail(instance(process), activities(process), operations(processInstanceId),
          variables(processInstanceId), decisions(process), mails(processInstanceId), related(process)));
    });
  }

  private Instance instance(HistoricProcessInstance process) {
    String outcome = process.getEndTime() == null ? "进行中"
        : process.getEndActivityId() == null ? stateLabel(process.getState())
        : name(process.getProcessDefinitionId(), process.getEndActivityId());
    return new Instance(process.getId(), process.getProcessDefinitionKey(), process.getProcessDefinitionName(),
        process.getBusinessKey(), stateLabel(process.getState()), format(process.getStartTime()),
        format(process.getEndTime()), process.getStartUserId(), outcome, process.getSuperProcessInstanceId());
  }

  private List<Activity> activities(HistoricProcessInstance process) {
    List<Activity> activities = new ArrayList<>();
    for (HistoricActivityInstance a : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(process.getId()).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list()) {
      String by = switch (a.getActivityType()) {
        case "userTask" -> a.getAssignee() == null ? (a.getEndTime() == null ? "（待办理）" : "（未办理即结束）") : a.getAssignee();
        case "startEvent" -> process.getStartUserId() == null ? "系统" : process.getStartUserId();
        default -> "系统";
      };
      activities.add(new Activity(a.getActivityId(), a.getActivityName() == null ? a.getActivityId() : a.getActivityName(),
          typeLabel(a.getActivityType()), format(a.getStartTime()), format(a.getEndTime()), by));
    }
    return activities;
  }

  private List<Operation> operations(String processInstanceId) {
    List<Operation> operations = new ArrayList<>();
    for (UserOperationLogEntry e : historyService.createUserOperationLogQuery().processInstanceId(processInstanceId)
        .orderByTimestamp().asc().list()) {
      operations.add(new Operation(format(e.getTimestamp()), e.getUserId(),
          OperationNames.operation(e.getEntityType(), e.getOperationType()), OperationNames.entity(e.getEntityType()),
          OperationNames.property(e.getProperty()),
          shorten(OperationNames.value(e.getProperty(), e.getOrgValue(), clock.zone())),
          shorten(OperationNames.value(e.getProperty(), e.getNewValue(), clock.zone()))));
    }
    return operations;
  }

  private List<VariableChange> variables(String processInstanceId) {
    List<VariableChange> changes = new ArrayList<>();
    historyService.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
        .orderByTime().asc().list().forEach(detail -> {
          HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
          changes.add(new VariableChange(format(update.getTime()), VariableLabels.labelOrName(update.getVariableName()),
              update.getVariableName(), shorten(VariableLabels.value(update.getVariableName(), update.getValue(), clock.zone())),
              update.getRevision(), update.getActivityInstanceId()));
        });
    return changes;
  }

  /** The latest value of every decision variable, and for an application the stage and reasons the rules gave. */
  private List<Decision> decisions(HistoricProcessInstance process) {
    Map<String, String> latest = new LinkedHashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(process.getId()).list().stream()
        .filter(v -> DECISION.matcher(v.getName()).matches() && v.getValue() != null)
        .sorted(Comparator.comparing(v -> v.getName()))
        .forEach(v -> latest.put(v.getName(), shorten(VariableLabels.value(v.getName(), v.getValue(), clock.zone()))));
    List<Decision> decisions = new ArrayList<>();
    if ("application".equals(process.getProcessDefinitionKey()) && process.getBusinessKey() != null) {
      applications.find(process.getBusinessKey()).ifPresent(a -> {
        decisions.add(new Decision("申报状态", a.status().label()));
        if (a.statusReason() != null) {
          decisions.add(new Decision("原因（规则）", a.statusReason()));
        }
      });
    }
    latest.forEach((name, value) -> decisions.add(new Decision(VariableLabels.labelOrName(name), value)));
    return decisions;
  }

  private List<Mail> mails(String processInstanceId) {
    return outbox.findByProcessInstance(processInstanceId).stream()
        .sorted(Comparator.comparing(OutboxMail::createdAt).thenComparing(OutboxMail::id))
        .map(m -> new Mail(clock.format(m.createdAt()), m.recipient(), m.subject(),
            switch (m.status()) {
              case SENT -> "已发送 " + clock.format(m.sentAt());
              case FAILED -> "发送失败（" + m.attempts() + " 次）";
              case PENDING, SENDING -> "等待发送";
            }, m.body()))
        .toList();
  }

  /** The instances of the same round and society (the application, its implementation, a disqualification), and any sub-process. */
  private List<Instance> related(HistoricProcessInstance process) {
    List<HistoricProcessInstance> found = new ArrayList<>(historyService.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(process.getId()).list());
    String key = process.getBusinessKey();
    if (key != null && key.indexOf('-') > 0) {
      String rest = key.substring(key.indexOf('-') + 1); // 2026-WHDJ, or 2026 for a round
      String pattern = rest.contains("-") ? "%-" + rest : "%-" + rest + "-%";
      found.addAll(historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKeyIn(PROCESSES.toArray(String[]::new)).processInstanceBusinessKeyLike(pattern).list());
    }
    Map<String, Instance> unique = new LinkedHashMap<>();
    found.stream().filter(p -> !p.getId().equals(process.getId()))
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .forEach(p -> unique.putIfAbsent(p.getId(), instance(p)));
    return List.copyOf(unique.values());
  }

  private String name(String definitionId, String elementId) {
    BpmnModelInstance model = models.computeIfAbsent(definitionId, repositoryService::getBpmnModelInstance);
    FlowElement element = model.getModelElementById(elementId);
    return element == null || element.getName() == null ? elementId : element.getName();
  }

  private String format(Date date) {
    return date == null ? "" : clock.format(date.toInstant());
  }

  private static String shorten(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) + "…" : text;
  }

  static String stateLabel(String state) {
    return switch (state == null ? "" : state) {
      case "ACTIVE" -> "运行中";
      case "SUSPENDED" -> "已挂起";
      case "COMPLETED" -> "已结束";
      case "EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED" -> "已终止";
      default -> state;
    };
  }

  static String typeLabel(String type) {
    return switch (type) {
      case "startEvent" -> "开始";
      case "noneEndEvent", "terminateEndEvent", "messageEndEvent", "errorEndEvent" -> "结束";
      case "userTask" -> "人工任务";
      case "serviceTask" -> "自动处理";
      case "exclusiveGateway" -> "判断";
      case "parallelGateway" -> "并行";
      case "eventBasedGateway" -> "等待事件";
      case "intermediateTimer", "boundaryTimer", "startTimerEvent" -> "定时";
      case "intermediateMessageCatch", "boundaryMessage", "messageStartEvent" -> "消息";
      case "subProcess", "eventSubProcess" -> "子流程";
      case "multiInstanceBody" -> "多实例";
      case "callActivity" -> "调用流程";
      default -> type;
    };
  }
}
