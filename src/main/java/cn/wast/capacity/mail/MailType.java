package cn.wast.capacity.mail;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every kind of mail the programme sends, each written from its Chinese template under
 * {@code src/main/resources/mail/}. The model keys are exactly the placeholders the template
 * uses; callers pass a value (an already formatted String) for each of them.
 */
public enum MailType {

  /** R-CALL-1, R-APP-1: the call for applications to every affiliated society. */
  ROUND_CALL("round-call.txt", "申报通知",
      "societyName", "year", "quota", "applicationDeadline", "formalReviewDeadline", "tasklistUrl", "uploadUrl",
      "banPeriod"),
  /** R-APP-1..3: the receipt for a submitted application. */
  APPLICATION_RECEIVED("application-received.txt", "申报回执",
      "societyName", "year", "businessKey", "submittedAt"),
  /** R-ELIG-1..5, R-EXCL-1..4: not accepted, one line per failed rule. */
  APPLICATION_NOT_ACCEPTED("application-not-accepted.txt", "不予受理通知",
      "societyName", "year", "businessKey", "clauses", "reasons"),
  /** R-REV-1: formal review passed, the application is accepted. */
  APPLICATION_ACCEPTED("application-accepted.txt", "受理通知",
      "societyName", "year", "businessKey"),
  /** R-REV-1: formal review not passed. */
  APPLICATION_REJECTED("application-rejected.txt", "形式审查不通过通知",
      "societyName", "year", "businessKey", "reason"),
  /** R-REV-1: the office asks for a correction by a deadline. */
  CORRECTION_REQUESTED("correction-requested.txt", "补正通知",
      "societyName", "year", "businessKey", "correctionRequest", "deadline", "tasklistUrl", "uploadUrl"),
  /** R-REV-1: the correction deadline is near. */
  CORRECTION_REMINDER("correction-reminder.txt", "补正提醒",
      "societyName", "year", "businessKey", "correctionRequest", "deadline", "tasklistUrl"),
  /** R-REV-2: an expert's applications to score, and the deadline. */
  EXPERT_ASSIGNED("expert-assigned.txt", "评审任务通知",
      "expertName", "year", "assignments", "deadline", "tasklistUrl"),
  /** R-REV-2: an expert's scoring deadline is near. */
  SCORING_REMINDER("scoring-reminder.txt", "评审提醒",
      "expertName", "year", "societyName", "businessKey", "deadline", "tasklistUrl"),
  /** R-REV-3, R-SUP-2: the society is on the proposed list, which stands in public for ten days. */
  PROPOSED_FOR_AWARD("proposed-for-award.txt", "拟表彰公示通知",
      "societyName", "year", "businessKey", "ranking", "noticeStart", "noticeEnd", "publicUrl"),
  /** R-REV-3: an objection was upheld; the society leaves the proposed list. */
  REMOVED_FROM_NOTICE("removed-from-notice.txt", "移出拟表彰名单通知",
      "societyName", "year", "businessKey", "reasons"),
  /** R-REV-3: the notice ended with no objection standing; commended and awarded. */
  AWARD_GRANTED("award-granted.txt", "表彰奖励通知",
      "societyName", "year", "businessKey", "ranking", "composite", "amount", "publicUrl"),
  /** R-EVAL-1: the round is over and the society was not among those awarded. */
  NOT_SELECTED("not-selected.txt", "评审结果通知",
      "societyName", "year", "businessKey", "ranking", "composite", "rankedCount", "quota"),
  /** R-REV-1: the correction deadline passed; the application is withdrawn. */
  APPLICATION_WITHDRAWN("application-withdrawn.txt", "逾期撤回通知",
      "societyName", "year", "businessKey", "deadline"),
  /** R-IMP-1: the award is made; the society files its fund-management plan by the deadline. */
  FUND_PLAN_REQUESTED("fund-plan-requested.txt", "经费方案报送通知",
      "societyName", "year", "businessKey", "amount", "deadline", "tasklistUrl"),
  /** R-IMP-1: the plan deadline is near. */
  FUND_PLAN_REMINDER("fund-plan-reminder.txt", "经费方案报送提醒",
      "societyName", "year", "businessKey", "deadline", "tasklistUrl"),
  /** R-IMP-1: the office returned the plan with comments. */
  FUND_PLAN_RETURNED("fund-plan-returned.txt", "经费方案退回修改通知",
      "societyName", "year", "businessKey", "comments", "deadline", "tasklistUrl"),
  /** R-IMP-1: the plan is filed (备案) and the first tranche paid. */
  FUND_PLAN_FILED("fund-plan-filed.txt", "经费方案备案及拨款通知",
      "societyName", "year", "businessKey", "paid", "tranche", "remaining"),
  /** R-CHK-1: the mid-term check is open; the society submits its report, progress and ledger. */
  MID_TERM_REQUESTED("mid-term-requested.txt", "中期检查通知",
      "societyName", "year", "businessKey", "deadline", "uploadUrl", "tasklistUrl"),
  /** R-CHK-1: the mid-term report deadline is near. */
  MID_TERM_REMINDER("mid-term-reminder.txt", "中期检查提醒",
      "societyName", "year", "businessKey", "deadline", "tasklistUrl"),
  /** R-CHK-1: the mid-term check's outcome, and the tranche it pays. */
  MID_TERM_DECIDED("mid-term-decided.txt", "中期检查结果通知",
      "societyName", "year", "businessKey", "outcome", "corrections", "paid"),
  /** R-CHK-2: the implementation period is over; the society submits its final materials. */
  FINAL_REQUESTED("final-requested.txt", "结项验收通知",
      "societyName", "year", "businessKey", "deadline", "uploadUrl", "tasklistUrl"),
  /** R-CHK-2: the final materials' deadline is near. */
  FINAL_REMINDER("final-reminder.txt", "结项验收提醒",
      "societyName", "year", "businessKey", "deadline", "tasklistUrl"),
  /** Finding 6: a deadline passed without the society acting; the office urges it (the deadline stays, or a short new one). */
  DEADLINE_URGED("deadline-urged.txt", "逾期催办通知",
      "societyName", "year", "businessKey", "what", "deadline", "newDeadline", "tasklistUrl"),
  /** Finding 6: the office extended a deadline, with its reason. */
  DEADLINE_EXTENDED("deadline-extended.txt", "延期通知",
      "societyName", "year", "businessKey", "what", "deadline", "reason", "tasklistUrl"),
  /** Finding 6: the date set for corrections, or a deadline urged or extended, is near. */
  DEADLINE_REMINDER("deadline-reminder.txt", "期限提醒",
      "societyName", "year", "businessKey", "what", "deadline", "details"),
  /** R-CHK-2, R-DYN-1: the final acceptance's outcome and what follows from it. */
  FINAL_DECIDED("final-decided.txt", "结项验收结果通知",
      "societyName", "year", "businessKey", "outcome", "consequence"),
  /** R-SUP-1: fraud or false reporting found: qualification revoked, funds to return, ban. */
  QUALIFICATION_REVOKED("qualification-revoked.txt", "撤销资格决定",
      "societyName", "year", "businessKey", "findings", "decisionNumber", "decidingBody", "banPeriod", "banUntil",
      "recovery"),
  /** R-SUP-1 R-EXCL-4: another application of a society whose qualification was revoked is withdrawn. */
  APPLICATION_WITHDRAWN_ON_REVOCATION("application-withdrawn-on-revocation.txt", "撤回申报通知",
      "societyName", "year", "businessKey", "revokedYear", "revokedKey", "banPeriod", "banUntil"),
  /** R-SUP-1: another award of a society whose qualification was revoked ends its implementation. */
  IMPLEMENTATION_ENDED_ON_REVOCATION("implementation-ended-on-revocation.txt", "终止实施通知",
      "societyName", "year", "businessKey", "revokedYear", "revokedKey", "banPeriod", "banUntil", "recovery"),
  /** R-SUP-1: the funds to return are still outstanding: the balance after what came in. */
  RECOVERY_REMINDER("recovery-reminder.txt", "退回经费提醒",
      "societyName", "year", "businessKey", "reason", "amountDue", "repaid", "balance"),
  /** R-SUP-1: more came in than was due; the difference will be refunded. */
  RECOVERY_OVERPAID("recovery-overpaid.txt", "多缴经费退还通知",
      "societyName", "year", "businessKey", "reason", "amountDue", "repaid", "overpaid"),
  /** R-SUP-2: the acknowledgement of an objection to the public notice. */
  OBJECTION_RECEIVED("objection-received.txt", "异议受理回执",
      "objectorName", "year", "societyName", "businessKey", "receivedAt", "publicUrl"),
  /** R-SUP-2: the office's decision on an objection, to the person who raised it. */
  OBJECTION_DECIDED("objection-decided.txt", "异议核查结果",
      "objectorName", "year", "societyName", "businessKey", "decision", "reasons"),
  /** Issue 19: a new or reset account; the one-time link to set the password (no password in the mail). */
  ACCOUNT_ACTIVATION("account-activation.txt", "账号激活通知",
      "name", "userId", "kind", "activationUrl", "validUntil", "tasklistUrl"),
  /** Issue 19: a notice the office writes once to many societies (群发通知), as plain text. */
  OFFICE_NOTICE("office-notice.txt", "群发通知",
      "societyName", "noticeTitle", "noticeText");

  private final String fileName;
  private final String label;
  private final Set<String> modelKeys;

  MailType(String fileName, String label, String... modelKeys) {
    this.fileName = fileName;
    this.label = label;
    this.modelKeys = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(modelKeys)));
  }

  /** The template's file name under {@code mail/} on the classpath, e.g. {@code round-call.txt}. */
  public String fileName() {
    return fileName;
  }

  /** The template's classpath location, e.g. {@code mail/round-call.txt}. */
  public String templatePath() {
    return "mail/" + fileName;
  }

  /** What the office calls this mail, e.g. 补正通知. */
  public String label() {
    return label;
  }

  /** The placeholders of the template, each of which needs a value to render. */
  public Set<String> modelKeys() {
    return modelKeys;
  }
}
