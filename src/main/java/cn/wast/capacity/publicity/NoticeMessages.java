package cn.wast.capacity.publicity;

/**
 * The messages an objection's decision sends to the round. Their names carry the application's
 * key, as the round's catch events name them ({@code ObjectionDecided-${placeApplicationKey}}),
 * so that only the place of that society hears them.
 */
public final class NoticeMessages {

  private NoticeMessages() {}

  public static String objectionDecided(String applicationKey) {
    return "ObjectionDecided-" + applicationKey;
  }

  public static String objectionUpheld(String applicationKey) {
    return "ObjectionUpheld-" + applicationKey;
  }

  /** R-SUP-1: the society's qualification was revoked (another year's fraud): its place is taken away. */
  public static String placeRevoked(String applicationKey) {
    return "PlaceQualificationRevoked-" + applicationKey;
  }
}
