package cn.wast.capacity.supervision;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the recovery's forms and letters show of a recovery as it stands now. */
@Component
class RecoveryForm {

  private final FundRecoveries recoveries;
  private final Applications applications;
  private final SocietyRegistry societies;

  RecoveryForm(FundRecoveries recoveries, Applications applications, SocietyRegistry societies) {
    this.recoveries = recoveries;
    this.applications = applications;
    this.societies = societies;
  }

  Map<String, Object> variables(long recoveryId) {
    FundRecoveries.Recovery recovery = recoveries.get(recoveryId);
    Application application = applications.find(recovery.applicationKey()).orElseThrow();
    String societyName = societies.findByCode(application.societyCode()).orElseThrow().name();
    Map<String, Object> shown = new HashMap<>();
    shown.put(RecoveryVariables.SOCIETY_CODE, application.societyCode());
    shown.put(RecoveryVariables.SOCIETY_NAME, societyName);
    shown.put(RecoveryVariables.SOCIETY_NAME_MARKDOWN, Markdown.escape(societyName));
    shown.put(RecoveryVariables.ROUND_YEAR, application.roundYear());
    shown.put(RecoveryVariables.RECOVERY_REASON_MARKDOWN, Markdown.escape(recovery.reason()));
    shown.put(RecoveryVariables.RECOVERY_AMOUNT_TEXT, Numbers.yuan(recovery.amountDue()));
    shown.put(RecoveryVariables.RECOVERY_REPAID_TEXT, Numbers.yuan(recovery.repaid()));
    shown.put(RecoveryVariables.RECOVERY_BALANCE_TEXT, recovery.overpaid()
        ? "0.00 元（多缴 " + Numbers.yuan(recovery.balance().negate()) + "，待退还）"
        : Numbers.yuan(recovery.balance()));
    shown.put(RecoveryVariables.RECOVERY_OVERPAID_TEXT, Numbers.yuan(recovery.balance().negate().max(java.math.BigDecimal.ZERO)));
    shown.put(RecoveryVariables.RECOVERY_INSTALMENTS_MARKDOWN, instalments(recoveryId));
    return shown;
  }

  private String instalments(long recoveryId) {
    var instalments = recoveries.instalments(recoveryId);
    if (instalments.isEmpty()) {
      return "尚未收到退款。";
    }
    StringBuilder list = new StringBuilder();
    for (var instalment : instalments) {
      list.append("- ").append(instalment.paidOn()).append(" 到账 ").append(Numbers.yuan(instalment.amount()))
          .append("，凭证号 ").append(Markdown.escape(instalment.voucherNumber())).append("\n");
    }
    return list.toString();
  }
}
