package cn.wast.capacity.societypage;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.FormJson;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.AsSignedInUser;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationPrefill;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.form.FormChecks;
import cn.wast.capacity.form.FormDefinition;
import cn.wast.capacity.form.FormDefinition.Field;
import cn.wast.capacity.form.FormDefinition.Rows;
import cn.wast.capacity.form.SimultaneousSubmissions;
import cn.wast.capacity.funds.Implementation;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundStatus;
import cn.wast.capacity.round.Rounds;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.societypage.Drafts.Draft;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A society's drafts of its long forms: what it may do with each now, saving it as typed, and
 * submitting it through the engine as the signed-in user, so that the submission meets the very
 * checks a submission from Tasklist meets. The draft is saved before every submission, so a
 * refused one loses nothing.
 */
@Service
class SocietyDrafts {

  private static final Logger LOG = LoggerFactory.getLogger(SocietyDrafts.class);
  static final int MAX_ROWS = 200;
  static final int MAX_CHARACTERS = 500_000;

  /**
   * What became of a save or a submission. A refusal says why; a success says nothing here, the
   * page it leads to confirms it.
   */
  record Outcome(boolean submitted, String message, List<String> problems, Map<String, String> fieldProblems) {

    static Outcome saved() {
      return new Outcome(false, null, List.of(), Map.of());
    }

    static Outcome submittedNow() {
      return new Outcome(true, null, List.of(), Map.of());
    }

    static Outcome refused(String message, List<String> problems, Map<String, String> fieldProblems) {
      return new Outcome(false, message, problems, fieldProblems);
    }

    boolean refused() {
      return !problems.isEmpty() || !fieldProblems.isEmpty();
    }
  }

  private final Drafts drafts;
  private final Rounds rounds;
  private final Applications applications;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final AsSignedInUser asUser;
  private final TransactionTemplate transaction;
  private final ProgrammeClock clock;
  private final ApplicationPrefill prefill;
  private final SocietyRegistry societies;
  private final Map<DraftKind, FormDefinition> forms = new EnumMap<>(DraftKind.class);

  SocietyDrafts(Drafts drafts, Rounds rounds, Applications applications, HistoryService historyService,
      TaskService taskService, FormService formService, RepositoryService repositoryService, AsSignedInUser asUser,
      PlatformTransactionManager transactionManager, ProgrammeClock clock, ApplicationPrefill prefill,
      SocietyRegistry societies) {
    this.drafts = drafts;
    this.rounds = rounds;
    this.applications = applications;
    this.historyService = historyService;
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.asUser = asUser;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.prefill = prefill;
    this.societies = societies;
    for (DraftKind kind : DraftKind.values()) {
      forms.put(kind, FormDefinition.of(kind.formKey()));
    }
  }

  FormDefinition form(DraftKind kind) {
    return forms.get(kind);
  }

  Optional<Draft> saved(String societyCode, int year, DraftKind kind) {
    return drafts.find(societyCode, year, kind);
  }

  List<Draft> savedBy(String societyCode) {
    return drafts.findBySociety(societyCode);
  }

  DraftWindow window(SignedInUser user, String societyCode, int year, DraftKind kind) {
    return kind.isApplication() ? applicationWindow(societyCode, year) : taskWindow(user, societyCode, year, kind);
  }

  /**
   * The saved draft; without one, what the open task already holds (a returned plan, the
   * indicators), or for an application the contact person the system knows.
   */
  DraftContent current(SignedInUser user, String societyCode, int year, DraftKind kind, DraftWindow window) {
    Optional<Draft> draft = saved(societyCode, year, kind);
    if (draft.isPresent()) {
      return draft.get().content();
    }
    if (kind.isApplication()) {
      return new DraftContent(societies.findByCode(societyCode).map(prefill::contacts).orElse(Map.of()), Map.of());
    }
    if (window.taskId() == null) {
      return DraftContent.empty();
    }
    Map<String, Object> variables = asUser.call(user, () -> taskService.getVariables(window.taskId()));
    FormValues values = FormValues.of(variables);
    Map<String, String> fields = new LinkedHashMap<>();
    for (Field field : form(kind).singleFields()) {
      Object value = variables.get(field.key());
      if (value instanceof Date date) {
        fields.put(field.key(), LocalDate.ofInstant(date.toInstant(), clock.zone()).toString());
      } else if (value != null) {
        fields.put(field.key(), value.toString());
      }
    }
    Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
    for (Rows list : form(kind).lists()) {
      rows.put(list.key(), values.rows(list.key()));
    }
    return new DraftContent(fields, rows);
  }

  Outcome save(SignedInUser user, String societyCode, int year, DraftKind kind, DraftContent typed) {
    DraftContent content = kind.isApplication()
        ? typed.withField(ApplicationVariables.ROUND_YEAR, String.valueOf(year)) : typed;
    DraftWindow window = window(user, societyCode, year, kind);
    if (!window.editable()) {
      return Outcome.refused("未保存：" + window.notice(), List.of(window.notice()), Map.of());
    }
    Optional<String> tooLarge = tooLarge(kind, content);
    if (tooLarge.isPresent()) {
      return Outcome.refused("未保存：" + tooLarge.get(), List.of(tooLarge.get()), Map.of());
    }
    drafts.save(societyCode, year, kind, content, user.id(), clock.now());
    return Outcome.saved();
  }

  Outcome submit(SignedInUser user, String societyCode, int year, DraftKind kind, DraftContent typed) {
    Outcome saved = save(user, societyCode, year, kind, typed);
    DraftContent content = saved(societyCode, year, kind).map(Draft::content).orElse(typed);
    if (saved.refused()) {
      return saved;
    }
    DraftWindow window = window(user, societyCode, year, kind);
    if (!window.submittable()) {
      return Outcome.refused("草稿已保存，但现在还不能提交：" + window.notice(), List.of(window.notice()), Map.of());
    }
    FormDefinition form = form(kind);
    Map<String, String> fieldProblems = content.problems(form);
    if (!fieldProblems.isEmpty()) {
      return Outcome.refused("草稿已保存，但有 " + fieldProblems.size() + " 处需要修改后才能提交，请看标红的位置。",
          List.of(), fieldProblems);
    }
    Map<String, Object> variables = new LinkedHashMap<>(content.submission(form));
    try {
      SimultaneousSubmissions.once(() -> transaction.execute(status -> asUser.call(user.actingFor(societyCode), () -> {
        if (kind.isApplication()) {
          variables.put(ApplicationVariables.ROUND_YEAR, year);
          formService.submitStartForm(latestApplicationDefinition(), variables);
        } else {
          completeTask(user, window.taskId(), variables);
        }
        drafts.markSubmitted(societyCode, year, kind, user.id(), clock.now());
        return null;
      })));
    } catch (RuntimeException e) {
      return refusal(e);
    }
    return Outcome.submittedNow();
  }

  private DraftWindow applicationWindow(String societyCode, int year) {
    Optional<Application> existing = applications.find(year, societyCode);
    if (existing.isPresent()) {
      return DraftWindow.readOnly("本学会 " + year + " 年度申报已于 " + clock.format(existing.get().submittedAt())
          + " 提交（编号 " + existing.get().businessKey() + "）。以下草稿仅供查阅。");
    }
    Optional<Round> round = rounds.find(year);
    if (round.isEmpty()) {
      return DraftWindow.readOnly(year + " 年度的评选尚未开启，开启后可填写申报。");
    }
    Instant closesAt = clock.endOf(round.get().applicationDeadline());
    String deadline = ChineseDates.deadline(round.get().applicationDeadline());
    if (round.get().status() != RoundStatus.OPEN || !clock.now().isBefore(closesAt)) {
      return DraftWindow.readOnly(year + " 年度申报已截止（截止时间：" + deadline + "）。草稿保留，仅供查阅，不能再提交。");
    }
    return DraftWindow.open("申报截止日期：" + deadline + "。可随时保存草稿，下次登录后继续填写。",
        null, closesAt);
  }

  private DraftWindow taskWindow(SignedInUser user, String societyCode, int year, DraftKind kind) {
    String businessKey = Implementation.businessKeyOf(Application.businessKeyOf(year, societyCode));
    return asUser.call(user, () -> {
      HistoricProcessInstance implementation = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ImplementationVariables.PROCESS).processInstanceBusinessKey(businessKey).singleResult();
      if (implementation == null) {
        return DraftWindow.readOnly("本学会 " + year + " 年度未获表彰或专项实施尚未开始，无需填写" + kind.title() + "。");
      }
      if (implementation.getEndTime() != null) {
        return DraftWindow.readOnly("本学会 " + year + " 年度的专项实施已结束。草稿保留，仅供查阅。");
      }
      Task task = taskService.createTaskQuery().processInstanceId(implementation.getId())
          .taskDefinitionKey(kind.taskDefinitionKey()).singleResult();
      if (task != null) {
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return DraftWindow.open(due == null ? "可随时保存草稿，下次登录后继续填写。"
            : "提交截止时间：" + clock.deadline(due) + "。可随时保存草稿，下次登录后继续填写。", task.getId(), due);
      }
      long submittedBefore = historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(implementation.getId()).activityId(kind.taskDefinitionKey()).finished().count();
      if (submittedBefore > 0) {
        return DraftWindow.readOnly(kind.title() + "已提交，等待专项办公室审核，草稿仅供查阅。如被退回修改，可在此继续编辑后重新提交。");
      }
      return DraftWindow.notYet("提交" + kind.title() + "的任务尚未开启（开启时系统会发邮件通知）。现在可以先填写并保存草稿，任务开启后再提交。");
    });
  }

  private void completeTask(SignedInUser user, String taskId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new InputRefusedException("该任务已办理或已关闭，请刷新页面查看");
    }
    if (task.getAssignee() == null) {
      taskService.claim(taskId, user.id());
    } else if (!task.getAssignee().equals(user.id())) {
      throw new InputRefusedException("该任务已由本学会用户 " + task.getAssignee()
          + " 在任务列表中认领。请由其提交，或请其在任务列表中取消认领后再提交");
    }
    formService.submitTaskForm(taskId, variables);
  }

  private String latestApplicationDefinition() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ApplicationVariables.PROCESS)
        .latestVersion().singleResult().getId();
  }

  private Outcome refusal(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InputRefusedException refused) {
        return Outcome.refused("草稿已保存，但提交未成功，请按以下说明修改：", refused.problems(), Map.of());
      }
      if (cause instanceof AuthorizationException) {
        String problem = "您的账号无权办理此项，请确认以本学会账号登录";
        return Outcome.refused("草稿已保存，但提交未成功：", List.of(problem), Map.of());
      }
    }
    if (e instanceof ProcessEngineException) {
      LOG.warn("A draft's submission failed in the engine", e);
      String problem = "系统暂时无法受理提交（" + e.getMessage() + "），请稍后重试；如仍不成功，请联系专项办公室";
      return Outcome.refused("草稿已保存，但提交未成功：", List.of(problem), Map.of());
    }
    throw e;
  }

  private Optional<String> tooLarge(DraftKind kind, DraftContent content) {
    for (Rows list : form(kind).lists()) {
      if (content.rowsOf(list.key()).size() > MAX_ROWS) {
        return Optional.of("“" + list.label() + "”最多 " + MAX_ROWS + " 行");
      }
    }
    if (content.toJson().length() > MAX_CHARACTERS) {
      return Optional.of("草稿内容过多（超过 " + MAX_CHARACTERS + " 个字符），请删减后再保存");
    }
    return Optional.empty();
  }

  String format(Instant instant) {
    return clock.format(instant);
  }

  /** The office's comments on a returned fund plan, for the society to read beside its draft. */
  /**
   * R-IMP-1: the sum of the typed budget lines against the award they must add up to, as the page
   * shows it under the lines (counted at each save; lines whose amount is not a number count 0).
   */
  Optional<String> budgetTotal(SignedInUser user, DraftKind kind, DraftWindow window, DraftContent content) {
    if (kind != DraftKind.FUND_PLAN || window.taskId() == null) {
      return Optional.empty();
    }
    Object award = asUser.call(user, () -> taskService.getVariable(window.taskId(), ImplementationVariables.AWARD_AMOUNT));
    if (award == null) {
      return Optional.empty();
    }
    BigDecimal total = content.rowsOf(ImplementationVariables.BUDGET_LINES).stream()
        .map(row -> Numbers.parse(row.getOrDefault("amount", "")).orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal difference = new BigDecimal(award.toString()).subtract(total);
    String balance = difference.signum() == 0 ? "合计与奖励补助相等"
        : difference.signum() > 0 ? "还差 " + Numbers.yuan(difference) : "超出 " + Numbers.yuan(difference.negate());
    return Optional.of("预算合计：" + Numbers.yuan(total) + "，须等于奖励补助 " + Numbers.yuan(new BigDecimal(award.toString()))
        + "（R-IMP-1）：" + balance + "。");
  }

  /**
   * The choices of the form's selects that take them from the process ({@code valuesKey}, such as
   * the ledger's budget lines), as the open task holds them, by variable; none before it opens.
   */
  Map<String, List<FormDefinition.Option>> processOptions(SignedInUser user, DraftKind kind, DraftWindow window) {
    if (window.taskId() == null) {
      return Map.of();
    }
    List<Field> fields = new java.util.ArrayList<>(form(kind).singleFields());
    form(kind).lists().forEach(list -> fields.addAll(list.columns()));
    Map<String, List<FormDefinition.Option>> options = new LinkedHashMap<>();
    for (Field field : fields) {
      if (field.hasOptionsFromProcess() && !options.containsKey(field.valuesKey())) {
        Object value = asUser.call(user, () -> taskService.getVariable(window.taskId(), field.valuesKey()));
        List<FormDefinition.Option> choices = new java.util.ArrayList<>();
        FormValues.array(value).ifPresent(array -> array.forEach(o ->
            choices.add(new FormDefinition.Option(o.path("value").asText(), o.path("label").asText()))));
        options.put(field.valuesKey(), List.copyOf(choices));
      }
    }
    return options;
  }

  Optional<String> officeComments(SignedInUser user, DraftKind kind, DraftWindow window) {
    if (kind != DraftKind.FUND_PLAN || window.taskId() == null) {
      return Optional.empty();
    }
    String comments = FormJson.text(
        asUser.call(user, () -> taskService.getVariable(window.taskId(), ImplementationVariables.PLAN_COMMENTS)));
    return comments.isBlank() ? Optional.empty() : Optional.of(comments);
  }
}
