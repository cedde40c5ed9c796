package cn.wast.capacity.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.support.ReviewTestBase;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's saved filters: in Chinese, each readable by the groups that work its tasks only, made
 * once however often the system starts, and listing tasks by deadline.
 */
class TaskFiltersTest extends ReviewTestBase {

  private static final List<String> OFFICE_FILTERS = List.of(
      "专项办公室待办", "我的待办", "待认领", "待形式审查", "异议待核查", "缺评待处理", "评审与公示", "方案与检查待审核", "撤销资格与追款");

  @Autowired FilterService filters;
  @Autowired TaskFilters taskFilters;

  @Test
  @DisplayName("Each role reads its own filters only, in Chinese, in the order of their place in the list")
  void eachRoleReadsItsFilters() {
    assertThat(filterNames(OFFICE)).containsExactlyElementsOf(OFFICE_FILTERS);
    assertThat(filterNames("expert1")).containsExactly("我的待办", "待评分");
    assertThat(filterNames(DemoUsers.userOf("WHJX"))).containsExactly("我的待办");
    assertThat(filterNames("auditor1")).containsExactly("我的待办");
    assertThat(filters.createFilterQuery().list()).extracting(Filter::getName)
        .allMatch(name -> name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
  }

  @Test
  @DisplayName("Two nodes that started at the same moment both made 待形式审查: the next start keeps one, with its grant")
  void aFilterMadeTwiceIsMadeOnce() {
    long before = filters.createFilterQuery().count();
    Filter twin = filters.newTaskFilter("待形式审查");
    twin.setQuery(taskService.createTaskQuery().taskDefinitionKey("FormalReview"));
    filters.saveFilter(twin);
    taskFilters.apply();
    assertThat(filters.createFilterQuery().filterName("待形式审查").count()).isOne();
    assertThat(filters.createFilterQuery().count()).isEqualTo(before);
    Filter kept = filters.createFilterQuery().filterName("待形式审查").singleResult();
    assertThat(authorizationService().createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(kept.getId()).list()).extracting(Authorization::getGroupId).containsExactly("office");
  }

  @Test
  @DisplayName("Starting again changes nothing: one filter per name, one grant per reader")
  void setUpIsIdempotent() {
    long before = filters.createFilterQuery().count();
    long grants = authorizationService().createAuthorizationQuery().resourceType(Resources.FILTER).count();
    taskFilters.apply();
    taskFilters.apply();
    assertThat(filters.createFilterQuery().count()).isEqualTo(before).isEqualTo(TaskFilters.definitions().size());
    assertThat(authorizationService().createAuthorizationQuery().resourceType(Resources.FILTER).count()).isEqualTo(grants);
    Filter formalReview = filters.createFilterQuery().filterName("待形式审查").singleResult();
    assertThat(authorizationService().createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(formalReview.getId()).list())
        .singleElement().satisfies(grant -> {
          assertThat(grant.getAuthorizationType()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
          assertThat(grant.getGroupId()).isEqualTo("office");
        });
  }

  @Test
  @DisplayName("R-REV-1: 待形式审查 lists the office's formal reviews, the sooner deadline first")
  void formalReviewsByDeadline() {
    bothApplySecondAwaitsCorrection("WHJX", "WHJSJ");
    uploadBoardResolution("WHTJ");
    apply("WHTJ");
    executeDueJobs();
    String formalReview = filters.createFilterQuery().filterName("待形式审查").singleResult().getId();
    List<Task> listed = as(OFFICE, () -> filters.<Task>list(formalReview));
    assertThat(listed).extracting(Task::getName).containsExactly("形式审查 · 武汉机械工程学会", "形式审查 · 武汉土木建筑学会");

    // everybody's list: the correction (due in ten days) before the formal reviews (due with the round's deadline)
    String all = filters.createFilterQuery().filterName(TaskFilters.ALL).singleResult().getId();
    assertThat(as(DemoUsers.userOf("WHJSJ"), () -> filters.<Task>list(all))).extracting(Task::getName)
        .containsExactly("补正申报材料 · 武汉市计算机学会");
    String office = filters.createFilterQuery().filterName("专项办公室待办").singleResult().getId();
    assertThat(as(OFFICE, () -> filters.<Task>list(office))).extracting(Task::getTaskDefinitionKey)
        .containsExactly("FormalReview", "FormalReview");
    List<Task> sorted = filters.list(all);
    assertThat(sorted).extracting(Task::getTaskDefinitionKey).containsExactly("CorrectApplication", "FormalReview", "FormalReview");
  }

  private List<String> filterNames(String user) {
    return as(user, () -> filters.createFilterQuery().list().stream()
        .sorted(java.util.Comparator.comparingInt((Filter f) -> ((Number) f.getProperties().get("priority")).intValue())
            .thenComparing(Filter::getName))
        .map(Filter::getName).toList());
  }

  private org.camunda.bpm.engine.AuthorizationService authorizationService() {
    return engine.getAuthorizationService();
  }
}
