package cn.wast.capacity.supervision;

import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the variables of the process 追回经费 ({@code recovery.bpmn}), of what its forms show, and of its forms' fields. */
public final class RecoveryVariables {

  /** The key of the recovery process, {@code recovery}. */
  public static final String PROCESS = "recovery";

  public static final String APPLICATION_KEY = "applicationKey";
  public static final String RECOVERY_ID = "recoveryId";
  /** {@code open}, {@code settled} or {@code overpaid}, after each instalment. */
  public static final String STANDING = "recoveryStanding";
  /** The period between reminders, ISO 8601: the reminder timer's cycle. */
  public static final String RECOVERY_REMINDER_EVERY = "recoveryReminderEvery";
  public static final String REMINDERS_SENT = "recoveryRemindersSent";

  // What the forms show, refreshed after each instalment.
  public static final String SOCIETY_CODE = "societyCode";
  public static final String SOCIETY_NAME = "societyName";
  public static final String SOCIETY_NAME_MARKDOWN = "societyNameMarkdown";
  public static final String ROUND_YEAR = RoundVariables.ROUND_YEAR;
  public static final String RECOVERY_REASON_MARKDOWN = "recoveryReasonMarkdown";
  public static final String RECOVERY_AMOUNT_TEXT = "recoveryAmountText";
  public static final String RECOVERY_REPAID_TEXT = "recoveryRepaidText";
  public static final String RECOVERY_BALANCE_TEXT = "recoveryBalanceText";
  public static final String RECOVERY_OVERPAID_TEXT = "recoveryOverpaidText";
  public static final String RECOVERY_INSTALMENTS_MARKDOWN = "recoveryInstalmentsMarkdown";

  // The form record-repayment.
  public static final String REPAID_ON = "repaidOn";
  public static final String REPAID_AMOUNT = "repaidAmount";
  public static final String REPAYMENT_VOUCHER = "repaymentVoucher";
  // The form refund-overpayment.
  public static final String REFUNDED_ON = "refundedOn";
  public static final String REFUND_VOUCHER = "refundVoucher";

  // No longer written: named so that the history of recoveries opened before the *_TEXT and
  // *_MARKDOWN variables above reads in Chinese.
  public static final String FORMER_RECOVERY_AMOUNT = "recoveryAmount";
  public static final String FORMER_RECOVERY_DUE = "recoveryDue";
  public static final String FORMER_RECOVERY_INSTALMENTS = "recoveryInstalments";
  public static final String FORMER_RECOVERY_REASON = "recoveryReason";

  /** The ids of the process's elements that Java names: user tasks, timers. */
  public static final class Elements {

    public static final String RECORD_INSTALMENT = "RecordInstalment";
    public static final String REFUND_OVERPAYMENT = "RefundOverpayment";

    private Elements() {}
  }

  private RecoveryVariables() {}

  public static long recoveryId(VariableScope scope) {
    return ((Number) scope.getVariable(RECOVERY_ID)).longValue();
  }

  /** The reminders sent so far, 0 before the first. */
  public static int remindersSent(VariableScope scope) {
    Object sent = scope.getVariable(REMINDERS_SENT);
    return sent == null ? 0 : ((Number) sent).intValue();
  }

  public static void setRemindersSent(VariableScope scope, int sent) {
    scope.setVariable(REMINDERS_SENT, sent);
  }
}
