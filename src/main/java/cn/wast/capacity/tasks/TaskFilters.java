package cn.wast.capacity.tasks;

import cn.wast.capacity.access.Groups;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.publicity.ObjectionVariables;
import cn.wast.capacity.review.ReviewVariables;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.supervision.DisqualificationVariables;
import cn.wast.capacity.supervision.RecoveryVariables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's saved filters, in Chinese, each read by the groups that work its tasks only, and
 * each sorted by deadline: the priority follows the due date ({@link TaskPriority}), so a task
 * due sooner comes first and one without a deadline last on every database; then the oldest
 * first. Brought to this definition at every start: a filter is made once and then kept as
 * defined here (query, description, order, readers). Filters may not use expressions (stored
 * expressions are off), so "mine" is what the user's authorizations let them read.
 */
@Component
public class TaskFilters {

  /** Everybody's list: every task the user may read. Its name is quoted in the experts' mail. */
  public static final String ALL = "我的待办";

  record Definition(
      String name, String description, int order, List<String> readers, Function<TaskService, TaskQuery> query) {

    /** Readable by every signed-in user (what it lists is what each may read). */
    boolean forEverybody() {
      return readers.isEmpty();
    }
  }

  static List<Definition> definitions() {
    return List.of(
        new Definition(ALL, "我可以办理的全部任务，截止时间近的在前", -10, List.of(),
            TaskService::createTaskQuery),
        new Definition("专项办公室待办", "专项办公室的全部任务（含已认领的），截止时间近的在前", -20, List.of(Groups.OFFICE),
            tasks -> tasks.createTaskQuery().taskCandidateGroup(Groups.OFFICE).includeAssignedTasks()),
        new Definition("待认领", "尚无人认领的专项办公室任务", 1, List.of(Groups.OFFICE),
            tasks -> tasks.createTaskQuery().taskCandidateGroup(Groups.OFFICE)),
        new Definition("待形式审查", "各学会的申报材料，形式审查截止日期前办理", 2, List.of(Groups.OFFICE),
            tasks -> tasks.createTaskQuery().taskDefinitionKey(ApplicationVariables.Elements.FORMAL_REVIEW)),
        new Definition("异议待核查", "公示期内收到的异议，须在该学会公示期满前核查", 3, List.of(Groups.OFFICE),
            tasks -> tasks.createTaskQuery().taskDefinitionKey(ObjectionVariables.Elements.INVESTIGATE_OBJECTION)),
        new Definition("缺评待处理", "逾期未评或回避后无人接替的评审席位", 4, List.of(Groups.OFFICE),
            tasks -> tasks.createTaskQuery().taskDefinitionKey(ReviewVariables.Elements.RESOLVE_MISSING_SCORE)),
        new Definition("评审与公示", "组建评审委员会、确定并列入选者、确认拟表彰名单、决定递补", 5, List.of(Groups.OFFICE),
            tasks -> tasks.createTaskQuery().taskDefinitionKeyIn(
                RoundVariables.Elements.FORM_COMMITTEE,
                RoundVariables.Elements.BREAK_TIE,
                RoundVariables.Elements.CONFIRM_PROPOSED_LIST,
                RoundVariables.Elements.DECIDE_MOVE_UP)),
        new Definition("方案与检查待审核", "经费方案备案、中期检查审核、结项验收评定、逾期处理、整改确认", 6, List.of(Groups.OFFICE),
            tasks -> tasks.createTaskQuery().taskDefinitionKeyIn(
                ImplementationVariables.Elements.FILE_FUND_PLAN,
                ImplementationVariables.Elements.REVIEW_MID_TERM,
                ImplementationVariables.Elements.REVIEW_FINAL_ACCEPTANCE,
                ImplementationVariables.Elements.HANDLE_OVERDUE_PLAN,
                ImplementationVariables.Elements.HANDLE_OVERDUE_MID_TERM_REPORT,
                ImplementationVariables.Elements.HANDLE_OVERDUE_FINAL_REPORT,
                ImplementationVariables.Elements.CONFIRM_CORRECTIONS)),
        new Definition("撤销资格与追款", "弄虚作假核查、经费追回和多缴退还", 7, List.of(Groups.OFFICE),
            tasks -> tasks.createTaskQuery().taskDefinitionKeyIn(
                DisqualificationVariables.Elements.INVESTIGATE_FRAUD,
                RecoveryVariables.Elements.RECORD_INSTALMENT,
                RecoveryVariables.Elements.REFUND_OVERPAYMENT)),
        new Definition("待评分", "分配给我的申报评分任务，截止时间近的在前", 1, List.of(Groups.EXPERTS),
            tasks -> tasks.createTaskQuery().taskDefinitionKey(ReviewVariables.Elements.SCORE_APPLICATION)));
  }

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TaskFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void apply() {
    definitions().forEach(this::ensure);
  }

  private void ensure(Definition definition) {
    Filter filter = single(filterService.createFilterQuery().filterName(definition.name()).orderByFilterId().asc().list())
        .orElseGet(() -> filterService.newTaskFilter(definition.name()));
    filter.setQuery(definition.query().apply(taskService)
        .orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.order());
    properties.put("refresh", true);
    filter.setProperties(properties);
    filterService.saveFilter(filter);
    grantReading(filter.getId(), definition);
  }

  /**
   * The filter of a name. Two nodes that start at the same moment may each have made it: every
   * node keeps the one with the lowest id and removes the others, with their grants.
   */
  private Optional<Filter> single(List<Filter> named) {
    named.stream().skip(1).forEach(twin -> {
      authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(twin.getId()).list()
          .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
      filterService.deleteFilter(twin.getId());
    });
    return named.stream().findFirst();
  }

  /** READ for the filter's readers and nobody else (every other grant on it is removed). */
  private void grantReading(String filterId, Definition definition) {
    List<Authorization> existing = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filterId).list();
    for (Authorization authorization : existing) {
      boolean wanted = definition.forEverybody()
          ? authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL
          : authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
              && definition.readers().contains(authorization.getGroupId());
      if (!wanted) {
        authorizationService.deleteAuthorization(authorization.getId());
      }
    }
    if (definition.forEverybody()) {
      if (existing.stream().noneMatch(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL)) {
        save(authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL), filterId, null);
      }
      return;
    }
    for (String group : definition.readers()) {
      if (existing.stream().noneMatch(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
          && group.equals(a.getGroupId()))) {
        save(authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT), filterId, group);
      }
    }
  }

  private void save(Authorization authorization, String filterId, String group) {
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filterId);
    if (group != null) {
      authorization.setGroupId(group);
    } else {
      authorization.setUserId(Authorization.ANY);
    }
    authorization.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(authorization);
  }
}
