package cn.wast.capacity.review;

import cn.wast.capacity.FormOptions;
import cn.wast.capacity.access.Groups;
import cn.wast.capacity.access.WithoutAuthorization;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.experts.Experts;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: the experts who may sit on a committee: active in the expert pool and users of group
 * {@code experts} (a user removed from the group no longer counts). A deactivated expert already
 * on a committee stays on it; they are only not offered again.
 */
@Component
class CommitteeCandidates {

  private final Experts experts;
  private final IdentityService identityService;

  CommitteeCandidates(Experts experts, IdentityService identityService) {
    this.experts = experts;
    this.identityService = identityService;
  }

  List<Expert> available() {
    Set<String> users = inExpertsGroup();
    return experts.findAll().stream().filter(e -> e.active() && users.contains(e.userId())).toList();
  }

  /** The experts the office has deactivated in the pool, by id. */
  Set<String> deactivatedIds() {
    return experts.findAll().stream().filter(e -> !e.active()).map(Expert::userId).collect(Collectors.toSet());
  }

  /** The committee form's choices (its variable {@code expertOptions}). */
  TypedValue options() {
    return FormOptions.of(available().stream().map(e -> new FormOptions.Option(e.label(), e.userId())).toList());
  }

  Set<String> availableIds() {
    return available().stream().map(Expert::userId).collect(Collectors.toSet());
  }

  private Set<String> inExpertsGroup() {
    // The office may not read the identity service's users; the committee's make-up does not
    // depend on who asks.
    return WithoutAuthorization.call(this::query).stream().map(User::getId).collect(Collectors.toSet());
  }

  private List<User> query() {
    return identityService.createUserQuery().memberOfGroup(Groups.EXPERTS).list();
  }
}
