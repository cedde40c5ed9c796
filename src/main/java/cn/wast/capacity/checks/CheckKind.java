package cn.wast.capacity.checks;

import cn.wast.capacity.award.Award;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.mail.MailType;

/** The checks of an awarded society's implementation, each with its report and its letters. */
public enum CheckKind {
  MID_TERM("中期检查", DocumentKind.MID_TERM_REPORT, Award.MID_TERM_DUE, Award.MID_TERM_SUBMITTED,
      MailType.MID_TERM_REQUESTED, MailType.MID_TERM_REMINDER),
  FINAL("结项验收", DocumentKind.FINAL_REPORT, Award.FINAL_DUE, Award.FINAL_SUBMITTED,
      MailType.FINAL_REQUESTED, MailType.FINAL_REMINDER);

  private final String label;
  private final DocumentKind report;
  private final String dueStatus;
  private final String submittedStatus;
  private final MailType requested;
  private final MailType reminder;

  CheckKind(String label, DocumentKind report, String dueStatus, String submittedStatus, MailType requested,
      MailType reminder) {
    this.label = label;
    this.report = report;
    this.dueStatus = dueStatus;
    this.submittedStatus = submittedStatus;
    this.requested = requested;
    this.reminder = reminder;
  }

  public String label() {
    return label;
  }

  /** The written report the check needs, uploaded on the documents page. */
  public DocumentKind report() {
    return report;
  }

  /** The award's implementation status while the report is due (its upload slot is open). */
  public String dueStatus() {
    return dueStatus;
  }

  public String submittedStatus() {
    return submittedStatus;
  }

  public MailType requested() {
    return requested;
  }

  public MailType reminder() {
    return reminder;
  }
}
