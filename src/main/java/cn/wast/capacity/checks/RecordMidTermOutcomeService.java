package cn.wast.capacity.checks;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.PlainText;
import cn.wast.capacity.ActingUser;
import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.funds.FlagDecisions;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.funds.HeldTranches;
import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.funds.Tranche;
import cn.wast.capacity.mail.MailType;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1, R-FUND-1, R-SUP-1: records the mid-term conclusion and the decisions on the flagged
 * ledger lines; a pass pays the tranche that follows, a fail holds it (on record, with the
 * reasons), a fraud finding holds it and starts or joins the disqualification. The society is
 * told what was paid or held, with the corrections and the lines not accepted.
 */
@Component("recordMidTermOutcomeService")
class RecordMidTermOutcomeService implements JavaDelegate {

  private static final String CARRY_ON = "请继续按照备案的方案实施项目，单独核算、专款专用，实施期满后将进行结项验收。";

  private final ImplementationChecks checks;
  private final Awards awards;
  private final Payments payments;
  private final ImplementationLetters letters;
  private final ProgrammeClock clock;
  private final CheckFindings findings;
  private final FlaggedLines flaggedLines;
  private final HeldTranches held;

  RecordMidTermOutcomeService(CheckFindings findings, ImplementationChecks checks, Awards awards, Payments payments,
      ImplementationLetters letters, ProgrammeClock clock, FlaggedLines flaggedLines, HeldTranches held) {
    this.held = held;
    this.flaggedLines = flaggedLines;
    this.checks = checks;
    this.awards = awards;
    this.payments = payments;
    this.letters = letters;
    this.clock = clock;
    this.findings = findings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = ImplementationVariables.applicationKey(execution);
    MidTermDecision decision = MidTermDecision.read(FormValues.of(execution));
    CheckOutcome outcome = decision.outcome();
    long checkId = ImplementationVariables.checkId(execution);
    FlagDecisions flags = FlagDecisions.read(FormValues.of(execution), flaggedLines.ofCheck(checkId));
    flags.record(flaggedLines, ActingUser.of(execution), clock.now());
    checks.decide(checkId, outcome,
        decision.ordersCorrections() ? decision.corrections().orElseThrow() : null,
        decision.ordersCorrections() ? decision.correctBy().orElseThrow() : null, ActingUser.of(execution), clock.now());
    BigDecimal award = ImplementationVariables.awardAmount(execution);
    String money = switch (outcome) {
      case PASSED, PASSED_WITH_CORRECTIONS -> {
        awards.moveImplementationTo(applicationKey, Award.MID_TERM_PASSED);
        Payments.Payment paid = payments.pay(applicationKey, award, Tranche.MID_TERM_PASSED, clock.now());
        yield Tranche.MID_TERM_PASSED.label() + "拨付奖励补助经费" + Numbers.yuan(paid.amount())
            + "，累计已拨付" + Numbers.yuan(payments.paid(applicationKey)) + "。\n\n" + CARRY_ON;
      }
      case FAILED -> {
        awards.moveImplementationTo(applicationKey, Award.MID_TERM_FAILED);
        HeldTranches.Held kept = held.hold(applicationKey, Tranche.MID_TERM_PASSED,
            payments.share(award, Tranche.MID_TERM_PASSED), "中期检查未通过：" + decision.reasons().orElseThrow(),
            clock.now());
        yield "未通过的理由：" + PlainText.sentence(decision.reasons().orElseThrow()) + "\n\n中期检查未通过，暂缓拨付" + Numbers.yuan(kept.amount())
            + "（原定" + Tranche.MID_TERM_PASSED.label() + "拨付的部分），结项验收通过后再行拨付；累计已拨付"
            + Numbers.yuan(payments.paid(applicationKey)) + "。\n\n" + CARRY_ON;
      }
      case FRAUD_REFERRED -> {
        awards.moveImplementationTo(applicationKey, Award.MID_TERM_FRAUD_REFERRED);
        held.hold(applicationKey, Tranche.MID_TERM_PASSED, payments.share(award, Tranche.MID_TERM_PASSED),
            "中期检查发现弄虚作假线索，移交撤销资格核查", clock.now());
        yield "专项办公室在中期检查中发现弄虚作假、虚报材料的线索，已依据实施方案五（二）启动撤销资格核查。"
            + "核查期间暂停支付后续经费，核查结论将另行书面通知。";
      }
    };
    letters.send(execution, MailType.MID_TERM_DECIDED, "1", Map.of(
        "outcome", outcome.label(),
        "corrections", flags.followedByNotAccepted(decision.ordersCorrections()
            ? "整改要求：" + PlainText.sentence(decision.corrections().orElseThrow())
                + "请完成整改并报专项办公室，截止时间：" + ChineseDates.deadline(decision.correctBy().orElseThrow()) + "。"
            : "无整改要求。"),
        "paid", money));
    findings.act(decision.finding(), applicationKey, CheckKind.MID_TERM);
  }
}
