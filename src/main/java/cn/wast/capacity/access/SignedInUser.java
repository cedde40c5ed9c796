package cn.wast.capacity.access;

import java.util.List;
import java.util.Optional;

/**
 * A user signed in to the Camunda webapps, as our own pages see them: the user id and the
 * groups the login recorded.
 *
 * @param id the Camunda user id, e.g. {@code whjx} or {@code office1}
 * @param groupIds the user's Camunda groups, e.g. {@code societies} and {@code society-WHJX}
 */
public record SignedInUser(String id, List<String> groupIds) {

  public SignedInUser {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  public boolean isIn(String groupId) {
    return groupIds.contains(groupId);
  }

  /** The codes of the societies this user acts for (one {@code society-<CODE>} group each). */
  public List<String> societyCodes() {
    return groupIds.stream().map(Groups::societyOf).flatMap(Optional::stream).sorted().toList();
  }

  /** The society this user acts for; with several society groups, the first code in order. */
  public Optional<String> societyCode() {
    return societyCodes().stream().findFirst();
  }

  /** Whether this user is in the group of the society with this code. */
  public boolean actsFor(String societyCode) {
    return societyCode != null && isIn(Groups.ofSociety(societyCode));
  }

  /**
   * This user acting for one of their societies only: the engine then knows the society from
   * the signed-in user's groups, so no submission has to name it.
   */
  public SignedInUser actingFor(String societyCode) {
    if (!actsFor(societyCode)) {
      throw new IllegalArgumentException(id + " does not act for " + societyCode);
    }
    return new SignedInUser(id, groupIds.stream()
        .filter(g -> Groups.societyOf(g).map(societyCode::equals).orElse(true)).toList());
  }

  public boolean isSociety() {
    return !societyCodes().isEmpty();
  }

  public boolean isOffice() {
    return isIn(Groups.OFFICE);
  }

  public boolean isExpert() {
    return isIn(Groups.EXPERTS);
  }

  public boolean isAuditor() {
    return isIn(Groups.AUDITORS);
  }

  /** The office and the auditors read the programme's records: scores, reports, audit trails. */
  public boolean readsProgrammeRecords() {
    return isOffice() || isAuditor();
  }

  public boolean isAdmin() {
    return Groups.includeAdmin(groupIds);
  }
}
