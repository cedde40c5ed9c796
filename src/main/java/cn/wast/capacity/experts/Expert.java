package cn.wast.capacity.experts;

/**
 * R-REV-2: an expert of the pool the office keeps; one who may sit on a committee is also a user
 * of group {@code experts} with the same id.
 *
 * @param userId the expert's login id (ASCII letters and digits)
 * @param title 职称, null when not known
 * @param fields the expert's fields (专业领域), shown to the office when forming the committee
 * @param phone null when not known
 * @param active false once the office has deactivated the expert: not offered for new committees
 */
public record Expert(String userId, String name, String title, String organisation, String fields, String email,
    String phone, boolean active) {

  /** An active expert known only by the details a committee needs. */
  public Expert(String userId, String name, String organisation, String fields, String email) {
    this(userId, name, null, organisation, fields, email, null, true);
  }

  /** How the committee form lists the expert. */
  public String label() {
    return name + "（" + (title == null || title.isBlank() ? "" : title + "，") + organisation + "，" + fields + "）";
  }
}
