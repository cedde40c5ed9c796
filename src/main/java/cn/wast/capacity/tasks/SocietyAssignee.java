package cn.wast.capacity.tasks;

import cn.wast.capacity.access.Groups;
import cn.wast.capacity.access.WithoutAuthorization;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who works a society's own task (correction, fund plan, reports): the account that acts for the
 * society, so that it can type at once without claiming. A society with several accounts keeps
 * the task in its group: whichever account takes it up claims it, and nobody is chosen for them.
 */
final class SocietyAssignee {

  private SocietyAssignee() {}

  static Optional<String> of(DelegateTask task, IdentityService identity) {
    List<String> societyGroups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> Groups.societyOf(group).isPresent())
        .toList();
    if (societyGroups.size() != 1) {
      return Optional.empty();
    }
    List<User> members = WithoutAuthorization.call(() ->
        identity.createUserQuery().memberOfGroup(societyGroups.get(0)).listPage(0, 2));
    return members.size() == 1 ? Optional.of(members.get(0).getId()) : Optional.empty();
  }
}
