package cn.wast.capacity.office;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.AsSignedInUser;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.deadlines.Lateness;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.office.RoundOverview.Entry;
import cn.wast.capacity.office.RoundTasks.OpenKind;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The office's overview of a round ({@code /office/}): applications by stage, the deadlines
 * coming up, open objections, checks due and mails that failed. The engine is read as the
 * signed-in user; the domain tables by grouped or bounded queries, so that the page costs the
 * same few queries at a thousand applications as at ten.
 */
@Service
class OfficeOverview {

  /** The implementation's timers that open a check, with what they open. */
  private static final Map<String, String> CHECK_TIMERS = Map.of(
      ImplementationVariables.Elements.MID_TERM_DUE, "中期检查开始",
      ImplementationVariables.Elements.IMPLEMENTATION_PERIOD_ENDS, "实施期届满，结项验收开始");
  /** The implementation's tasks of its checks, with what they wait for. */
  private static final Map<String, String> CHECK_TASKS = Map.of(
      ImplementationVariables.Elements.SUBMIT_MID_TERM_REPORT, "中期检查：待学会提交材料",
      ImplementationVariables.Elements.REVIEW_MID_TERM, "中期检查：待办公室审核",
      ImplementationVariables.Elements.SUBMIT_FINAL_REPORT, "结项验收：待学会提交材料",
      ImplementationVariables.Elements.REVIEW_FINAL_ACCEPTANCE, "结项验收：待办公室评定");

  private final ApplicationStages stages;
  private final RoundTasks tasks;
  private final AsSignedInUser asUser;
  private final HistoryService historyService;
  private final ManagementService managementService;
  private final SocietyRegistry societies;
  private final JdbcTemplate jdbc;
  private final ProgrammeClock clock;
  private final Lateness lateness;

  OfficeOverview(ApplicationStages stages, RoundTasks tasks, AsSignedInUser asUser, HistoryService historyService,
      ManagementService managementService, SocietyRegistry societies, JdbcTemplate jdbc, ProgrammeClock clock,
      Lateness lateness) {
    this.lateness = lateness;
    this.stages = stages;
    this.tasks = tasks;
    this.asUser = asUser;
    this.historyService = historyService;
    this.managementService = managementService;
    this.societies = societies;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  RoundOverview of(SignedInUser user, Round round) {
    OverviewLinks links = OverviewLinks.of(user);
    Map<String, String> names = societies.findAll().stream().collect(Collectors.toMap(Society::code, Society::name));
    Map<String, Long> byStage = stages.count(round.year());
    long total = byStage.values().stream().mapToLong(Long::longValue).sum();
    // When a check opens is the implementation's schedule, which both readers of this page may read in
    // its history; the timer itself is runtime state that only the office's authorizations reach.
    Map<CheckTimer, String> timers = timers(round, names);
    return asUser.call(user, () -> new RoundOverview(round.year(), round.status().label(), total, byStage,
        deadlines(round, links, names, timers), objections(round, links, names), checks(round, links, names, timers),
        failedMails(round, links, names), lateness.lateSubmissions(round.year())));
  }

  private List<Entry> deadlines(Round round, OverviewLinks links, Map<String, String> names, Map<CheckTimer, String> timers) {
    List<Dated> dated = new ArrayList<>();
    Instant now = clock.now();
    if (round.status() == RoundStatus.OPEN) {
      dated.add(new Dated(clock.endOf(round.applicationDeadline()), "申报截止", "全部学会", null, null));
    }
    if (round.status() == RoundStatus.OPEN || round.status() == RoundStatus.CLOSED) {
      dated.add(new Dated(clock.endOf(round.formalReviewDeadline()), "形式审查截止", "专项办公室", null, null));
    }
    if (round.status() == RoundStatus.EXPERT_REVIEW) {
      jdbc.query("SELECT scoring_due_at FROM review_committee WHERE round_year = ?", rs -> {
        dated.add(new Dated(rs.getTimestamp(1).toInstant(), "专家评分截止", "评审专家", null, null));
      }, round.year());
    }
    jdbc.query("SELECT ends_at, COUNT(*) AS n FROM public_notice_entry WHERE round_year = ? AND status = 'IN_NOTICE'"
        + " GROUP BY ends_at", rs -> {
          dated.add(new Dated(rs.getTimestamp("ends_at").toInstant(), "公示期满", rs.getLong("n") + " 个公示名额",
              "/public/", "公示页面"));
        }, round.year());
    List<OpenKind> kinds = tasks.withDueDates(round);
    Map<String, HistoricProcessInstance> instances = instancesOf(kinds.stream()
        .flatMap(k -> k.earliest().stream()).map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet()));
    for (OpenKind kind : kinds) {
      for (HistoricTaskInstance task : kind.earliest()) {
        dated.add(new Dated(task.getDueDate().toInstant(), kind.name(), societyOf(instances.get(task.getProcessInstanceId()), names),
            links.task(task.getId(), task.getProcessInstanceId()), links.taskLabel()));
      }
      if (kind.count() > kind.earliest().size()) {
        HistoricTaskInstance last = kind.earliest().get(kind.earliest().size() - 1);
        dated.add(new Dated(last.getDueDate().toInstant(), kind.name(), "另有 " + (kind.count() - kind.earliest().size())
            + " 项（共 " + kind.count() + " 项），在此之后到期", OverviewLinks.TASKLIST, "任务列表"));
      }
    }
    timers.forEach((timer, society) -> dated.add(new Dated(timer.job().getDuedate().toInstant(),
        CHECK_TIMERS.get(timer.activity()), society, links.trail(timer.job().getProcessInstanceId()), "审计记录")));
    return dated.stream().sorted(Comparator.comparing(Dated::at))
        .map(d -> new Entry(clock.deadline(d.at()), d.at().isBefore(now), d.what(), d.who(), d.link(),
            d.linkLabel()))
        .toList();
  }

  private record Dated(Instant at, String what, String who, String link, String linkLabel) {}

  private List<Entry> objections(Round round, OverviewLinks links, Map<String, String> names) {
    record Open(long id, String societyCode, Instant submittedAt, String processInstanceId) {}
    List<Open> open = jdbc.query("SELECT id, society_code, submitted_at, process_instance_id FROM objection"
            + " WHERE round_year = ? AND status = 'RECEIVED' ORDER BY submitted_at",
        (rs, row) -> new Open(rs.getLong("id"), rs.getString("society_code"), rs.getTimestamp("submitted_at").toInstant(),
            rs.getString("process_instance_id")),
        round.year());
    Map<String, String> taskOf = new HashMap<>();
    tasks.openIn("objection", open.stream().map(o -> "OBJ-" + o.id()).toList())
        .forEach(t -> taskOf.put(t.getProcessInstanceId(), t.getId()));
    return open.stream().map(o -> {
      String task = taskOf.get(o.processInstanceId());
      String link = task != null ? links.task(task, o.processInstanceId())
          : o.processInstanceId() == null ? null : links.trail(o.processInstanceId());
      return new Entry("收到于 " + clock.format(o.submittedAt()), false, "异议 OBJ-" + o.id() + "：待核查",
          names.getOrDefault(o.societyCode(), o.societyCode()), link, task != null ? links.taskLabel() : "审计记录");
    }).toList();
  }

  private List<Entry> checks(Round round, OverviewLinks links, Map<String, String> names, Map<CheckTimer, String> timers) {
    List<Entry> due = new ArrayList<>();
    List<HistoricTaskInstance> open = tasks.open(round, "implementation", CHECK_TASKS.keySet().toArray(String[]::new));
    Map<String, HistoricProcessInstance> instances =
        instancesOf(open.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet()));
    Instant now = clock.now();
    for (HistoricTaskInstance task : open) {
      Instant at = task.getDueDate() == null ? null : task.getDueDate().toInstant();
      due.add(new Entry(at == null ? "" : clock.deadline(at), at != null && at.isBefore(now),
          CHECK_TASKS.get(task.getTaskDefinitionKey()), societyOf(instances.get(task.getProcessInstanceId()), names),
          links.task(task.getId(), task.getProcessInstanceId()), links.taskLabel()));
    }
    timers.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().job().getDuedate()))
        .forEach(e -> due.add(new Entry(clock.deadline(e.getKey().job().getDuedate().toInstant()), false,
            CHECK_TIMERS.get(e.getKey().activity()), e.getValue(), links.trail(e.getKey().job().getProcessInstanceId()),
            "审计记录")));
    return due;
  }

  private List<Entry> failedMails(Round round, OverviewLinks links, Map<String, String> names) {
    return jdbc.query("SELECT recipient, subject, society_code, process_instance_id, attempts, last_error, created_at"
            + " FROM mail_outbox WHERE status = 'FAILED' AND " + OutboxSearch.OF_ROUND + " ORDER BY created_at",
        (rs, row) -> {
          String code = rs.getString("society_code");
          String instance = rs.getString("process_instance_id");
          String error = rs.getString("last_error");
          return new Entry("写入于 " + clock.format(rs.getTimestamp("created_at").toInstant()), false,
              rs.getString("subject") + "（收件人 " + rs.getString("recipient") + "，已尝试 " + rs.getInt("attempts")
                  + " 次" + (error == null ? "" : "，最后一次错误：" + error) + "）",
              code == null ? "" : names.getOrDefault(code, code), instance == null ? null : links.trail(instance),
              "审计记录");
        },
        OutboxSearch.ofRound(round.year()).toArray());
  }

  /** The timers that will open a check in the round's implementations, with the society of each. */
  private Map<CheckTimer, String> timers(Round round, Map<String, String> names) {
    Map<String, HistoricProcessInstance> running = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ImplementationVariables.PROCESS).processInstanceBusinessKeyLike("IMPL-" + round.year() + "-%")
        .unfinished().list().stream().collect(Collectors.toMap(HistoricProcessInstance::getId, p -> p));
    Map<CheckTimer, String> timers = new HashMap<>();
    if (running.isEmpty()) {
      return timers;
    }
    // The timers' activities come from their job definitions: the engine's job query by activity and
    // instances together is not valid SQL (7.24), and a job names its activity only inside a command.
    Map<String, String> activities = managementService.createJobDefinitionQuery().processDefinitionKey(ImplementationVariables.PROCESS)
        .activityIdIn(CHECK_TIMERS.keySet().toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
    managementService.createJobQuery().timers().processDefinitionKey(ImplementationVariables.PROCESS).list().stream()
        .filter(job -> running.containsKey(job.getProcessInstanceId()) && activities.containsKey(job.getJobDefinitionId()))
        .forEach(job -> timers.put(new CheckTimer(job, activities.get(job.getJobDefinitionId())),
            societyOf(running.get(job.getProcessInstanceId()), names)));
    return timers;
  }

  /** A timer that opens a check: its job and the timer event it belongs to. */
  private record CheckTimer(Job job, String activity) {}

  private Map<String, HistoricProcessInstance> instancesOf(Set<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return historyService.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(ids)).list().stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, p -> p));
  }

  /** The society of an instance whose business key ends in its code (APP-2026-WHJX, IMPL-2026-WHJX). */
  private static String societyOf(HistoricProcessInstance instance, Map<String, String> names) {
    if (instance == null || instance.getBusinessKey() == null) {
      return "";
    }
    String[] parts = instance.getBusinessKey().split("-", 3);
    if (parts.length < 3) {
      return "";
    }
    return names.getOrDefault(parts[2], parts[2]);
  }
}
