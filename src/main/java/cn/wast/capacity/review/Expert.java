package cn.wast.capacity.review;

/**
 * R-REV-2: an expert the office can put on a committee (a user of group {@code experts}).
 *
 * @param fields the expert's fields (专业领域), shown to the office when forming the committee
 */
public record Expert(String userId, String name, String organisation, String fields, String email) {

  /** How the committee form lists the expert. */
  public String label() {
    return name + "（" + organisation + "，" + fields + "）";
  }
}
