package cn.wast.capacity.publicity;

/**
 * The variables of one quota place on the public notice (one multi-instance of 名额公示): the
 * society standing for it now, its period, and the office's move-up decision. Local to the
 * place; a place keeps its number when a society is moved up into it.
 */
public final class NoticePlace {

  static final String PLACE = "noticePlace";
  public static final String ENTRY_ID = "placeEntryId";
  static final String APPLICATION_KEY = "placeApplicationKey";
  static final String SOCIETY_NAME = "placeSocietyName";
  static final String ENDS_AT = "placeEndsAt";
  static final String ENDS_TEXT = "placeEndsText";
  static final String OBJECTIONS_PENDING = "objectionsPending";
  static final String OBJECTION_UPHELD = "objectionUpheld";
  static final String MOVE_UP_OPTIONS = "moveUpOptions";
  static final String MOVE_UP_TEXT = "moveUpText";
  static final String REMOVAL_TEXT = "removalText";
  static final String[] OFFICE_FIELDS = {"moveUpDecision", "moveUpCandidate", "moveUpReasons"};

  private NoticePlace() {}
}
