package cn.wast.capacity.access;

import java.util.Collection;
import java.util.Optional;

/** The Camunda groups of the programme, and the one group each society has. */
public final class Groups {

  public static final String OFFICE = "office";
  public static final String EXPERTS = "experts";
  public static final String AUDITORS = "auditors";
  public static final String SOCIETIES = "societies";
  public static final String ADMIN = "camunda-admin";

  private static final String SOCIETY_PREFIX = "society-";

  private Groups() {}

  /** Whether these groups (an authentication's, possibly none) include the administrators'. */
  public static boolean includeAdmin(Collection<String> groupIds) {
    return groupIds != null && groupIds.contains(ADMIN);
  }

  /** The group whose members act for the society with this code. */
  public static String ofSociety(String societyCode) {
    return SOCIETY_PREFIX + societyCode;
  }

  /** The society code behind a society group id, if it is one. */
  public static Optional<String> societyOf(String groupId) {
    return groupId != null && groupId.startsWith(SOCIETY_PREFIX)
        ? Optional.of(groupId.substring(SOCIETY_PREFIX.length()))
        : Optional.empty();
  }
}
