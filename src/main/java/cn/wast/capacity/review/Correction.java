package cn.wast.capacity.review;

/** Names of the variables a correction round keeps (R-REV-1). */
final class Correction {

  static final String DEADLINE = "correctionDeadline";
  static final String REMINDER_AT = "correctionReminderAt";
  static final String DEADLINE_TEXT = "correctionDeadlineText";
  static final String REQUEST = "correctionRequest";
  /** The request as the society's form shows it: literal text. */
  static final String REQUEST_MARKDOWN = "correctionRequestMarkdown";

  private Correction() {}
}
