package cn.wast.capacity.review;

import cn.wast.capacity.access.Groups;
import cn.wast.capacity.access.WithoutAuthorization;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: the experts who may sit on a committee: in the expert database and users of group
 * {@code experts} (a user removed from the group no longer counts).
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
    return experts.findAll().stream().filter(e -> users.contains(e.userId())).toList();
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
