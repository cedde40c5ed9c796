package cn.wast.capacity.supervision;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.round.RoundVariables;
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
    shown.put("societyCode", application.societyCode());
    shown.put("societyName", societyName);
    shown.put("societyNameMarkdown", Markdown.escape(societyName));
    shown.put(RoundVariables.ROUND_YEAR, application.roundYear());
    shown.put("recoveryReasonMarkdown", Markdown.escape(recovery.reason()));
    shown.put("recoveryAmountText", Numbers.yuan(recovery.amountDue()));
    shown.put("recoveryRepaidText", Numbers.yuan(recovery.repaid()));
    shown.put("recoveryBalanceText", recovery.overpaid()
        ? "0.00 元（多缴 " + Numbers.yuan(recovery.balance().negate()) + "，待退还）"
        : Numbers.yuan(recovery.balance()));
    shown.put("recoveryOverpaidText", Numbers.yuan(recovery.balance().negate().max(java.math.BigDecimal.ZERO)));
    shown.put("recoveryInstalmentsMarkdown", instalments(recoveryId));
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
