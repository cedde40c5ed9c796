package cn.wast.capacity.checks;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.PlainText;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.funds.FlagDecisions;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.funds.HeldTranches;
import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.funds.Recoveries;
import cn.wast.capacity.funds.Tranche;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.round.RoundVariables;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-CHK-2, R-DYN-1, R-SUP-1: records the final acceptance and its consequence for the society's
 * support and money. Passed: support continues and everything still due of the award is paid,
 * held tranches included. Failed and adjusted: what is due becomes the award less the
 * adjustment; what was paid beyond it is to be recovered, what is still due of it is paid.
 * Failed and terminated: nothing more is paid. Fraud found: nothing more is paid, no support is
 * recorded, and the disqualification starts or is joined. The office's decisions on the flagged
 * ledger lines are recorded. The society is told exactly what is paid, held or to be returned.
 */
@Component("recordFinalOutcomeService")
class RecordFinalOutcomeService implements JavaDelegate {

  private final ImplementationChecks checks;
  private final SocietySupport support;
  private final Awards awards;
  private final ImplementationLetters letters;
  private final ProgrammeClock clock;
  private final CheckFindings findings;
  private final FlaggedLines flaggedLines;
  private final Payments payments;
  private final HeldTranches held;
  private final Recoveries recoveries;

  RecordFinalOutcomeService(CheckFindings findings, ImplementationChecks checks, SocietySupport support, Awards awards,
      ImplementationLetters letters, ProgrammeClock clock, FlaggedLines flaggedLines, Payments payments,
      HeldTranches held, Recoveries recoveries) {
    this.flaggedLines = flaggedLines;
    this.checks = checks;
    this.support = support;
    this.awards = awards;
    this.letters = letters;
    this.clock = clock;
    this.findings = findings;
    this.payments = payments;
    this.held = held;
    this.recoveries = recoveries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = ImplementationVariables.applicationKey(execution);
    FinalDecision decision = FinalDecision.read(FormValues.of(execution));
    Optional<Support> next = decision.support();
    String reasons = decision.reasons().orElse(null);
    long checkId = ImplementationVariables.checkId(execution);
    FlagDecisions flags = FlagDecisions.read(FormValues.of(execution), flaggedLines.ofCheck(checkId));
    flags.record(flaggedLines, ActingUser.of(execution), clock.now());
    checks.decide(checkId, decision.outcome(), reasons, null, ActingUser.of(execution), clock.now());
    next.ifPresent(s -> support.record(new SocietySupport.Decision(applicationKey,
        (String) execution.getVariable(ImplementationVariables.SOCIETY_CODE), RoundVariables.roundYear(execution), s,
        s == Support.ADJUSTED ? decision.adjustment().orElseThrow() : null, reasons), clock.now()));
    BigDecimal award = ImplementationVariables.awardAmount(execution);
    String consequence = next.map(s -> switch (s) {
      case CONTINUED -> continued(applicationKey, award);
      case ADJUSTED -> adjusted(applicationKey, award, decision.adjustment().orElseThrow(), reasons);
      case TERMINATED -> terminated(applicationKey, award, reasons);
    }).orElseGet(() -> fraudReferred(applicationKey, award));
    awards.moveImplementationTo(applicationKey, next.map(s -> switch (s) {
      case CONTINUED -> Award.COMPLETED;
      case ADJUSTED -> Award.ADJUSTED;
      case TERMINATED -> Award.TERMINATED;
    }).orElse(Award.FINAL_FRAUD_REFERRED));
    letters.send(execution, MailType.FINAL_DECIDED, "1", Map.of(
        "outcome", decision.outcome() == CheckOutcome.FAILED ? "不通过" : decision.outcome().label(),
        "consequence", flags.followedByNotAccepted(consequence)));
    findings.act(decision.finding(), applicationKey, CheckKind.FINAL);
  }

  private String continued(String applicationKey, BigDecimal award) {
    BigDecimal released = held.release(applicationKey, clock.now());
    String paid = payments.payRemainder(applicationKey, award, clock.now())
        .map(p -> Tranche.FINAL_ACCEPTED.label() + "拨付奖励补助经费" + Numbers.yuan(p.amount())
            + (released.signum() > 0 ? "（含中期检查暂缓拨付的" + Numbers.yuan(released) + "）" : "") + "，")
        .orElse("");
    return "根据动态管理规定，继续给予支持。" + paid + "累计已拨付" + Numbers.yuan(payments.paid(applicationKey)) + "。";
  }

  private String adjusted(String applicationKey, BigDecimal award, BigDecimal adjustment, String reasons) {
    BigDecimal due = award.subtract(adjustment);
    BigDecimal paid = payments.paid(applicationKey);
    String text = "根据动态管理规定，调整对贵会的支持，调减金额" + Numbers.yuan(adjustment) + "，调整后的奖励补助为"
        + Numbers.yuan(due) + "。理由：" + PlainText.sentence(reasons) + "\n\n";
    if (paid.compareTo(due) > 0) {
      BigDecimal excess = paid.subtract(due);
      openRecovery(applicationKey, excess, "结项验收不通过，调减支持 " + Numbers.yuan(adjustment) + "，已拨付"
          + Numbers.yuan(paid) + "，超出调整后奖励补助 " + Numbers.yuan(excess));
      return text + "贵会已拨付" + Numbers.yuan(paid) + "，超出调整后的奖励补助，请退回" + Numbers.yuan(excess)
          + "，不再拨付其余经费。专项办公室将另行通知退回方式。";
    }
    return text + payments.payRemainder(applicationKey, due, clock.now())
        .map(p -> Tranche.FINAL_ACCEPTED.label() + "拨付奖励补助经费" + Numbers.yuan(p.amount()) + "，")
        .orElse("") + "累计已拨付" + Numbers.yuan(payments.paid(applicationKey)) + "，不再拨付其余经费。";
  }

  private String terminated(String applicationKey, BigDecimal award, String reasons) {
    BigDecimal paid = payments.paid(applicationKey);
    BigDecimal rest = award.subtract(paid);
    if (rest.signum() > 0) {
      held.hold(applicationKey, Tranche.FINAL_ACCEPTED, rest, "结项验收不通过，终止支持，不再拨付：" + reasons, clock.now());
    }
    return "根据动态管理规定，终止对贵会的支持，不再拨付经费。理由：" + PlainText.sentence(reasons) + "\n\n累计已拨付" + Numbers.yuan(paid)
        + (rest.signum() > 0 ? "，尚未拨付的" + Numbers.yuan(rest) + "不再拨付" : "") + "。";
  }

  private String fraudReferred(String applicationKey, BigDecimal award) {
    BigDecimal rest = award.subtract(payments.paid(applicationKey));
    if (rest.signum() > 0) {
      held.hold(applicationKey, Tranche.FINAL_ACCEPTED, rest, "结项验收发现弄虚作假线索，移交撤销资格核查", clock.now());
    }
    return "专项办公室在结项验收中发现弄虚作假、虚报材料的线索，已依据实施方案五（二）启动撤销资格核查。"
        + "核查期间暂停支付经费，核查结论将另行书面通知。";
  }

  /** R-DYN-1: the adjustment's recovery of what was paid beyond what is now due. */
  private void openRecovery(String applicationKey, BigDecimal amount, String reason) {
    recoveries.start(applicationKey, amount, reason);
  }
}
