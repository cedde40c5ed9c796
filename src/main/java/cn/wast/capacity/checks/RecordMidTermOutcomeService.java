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
import cn.wast.capacity.funds.Implementation;
import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.funds.Tranche;
import cn.wast.capacity.mail.MailType;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1, R-FUND-1: records the mid-term conclusion and the decisions on the flagged ledger
 * lines, pays the tranche that follows, and tells the society, listing the lines not accepted with
 * the corrections.
 */
@Component("recordMidTermOutcomeService")
class RecordMidTermOutcomeService implements JavaDelegate {

  private final ImplementationChecks checks;
  private final Awards awards;
  private final Payments payments;
  private final ImplementationLetters letters;
  private final ProgrammeClock clock;
  private final CheckFindings findings;
  private final FlaggedLines flaggedLines;

  RecordMidTermOutcomeService(CheckFindings findings, ImplementationChecks checks, Awards awards, Payments payments,
      ImplementationLetters letters, ProgrammeClock clock, FlaggedLines flaggedLines) {
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
    String applicationKey = (String) execution.getVariable(Implementation.APPLICATION_KEY);
    MidTermDecision decision = MidTermDecision.read(FormValues.of(execution));
    CheckOutcome outcome = decision.outcome();
    boolean withCorrections = outcome == CheckOutcome.PASSED_WITH_CORRECTIONS;
    long checkId = ((Number) execution.getVariable("checkId")).longValue();
    FlagDecisions flags = FlagDecisions.read(FormValues.of(execution), flaggedLines.ofCheck(checkId));
    flags.record(flaggedLines, ActingUser.of(execution), clock.now());
    checks.decide(checkId, outcome,
        withCorrections ? decision.corrections().orElseThrow() : null,
        withCorrections ? decision.correctBy().orElseThrow() : null, ActingUser.of(execution), clock.now());
    awards.moveImplementationTo(applicationKey, Award.MID_TERM_PASSED);
    BigDecimal award = new BigDecimal((String) execution.getVariable(Implementation.AWARD_AMOUNT));
    Payments.Payment paid = payments.pay(applicationKey, award, Tranche.MID_TERM_PASSED, clock.now());
    letters.send(execution, MailType.MID_TERM_DECIDED, "1", Map.of(
        "outcome", outcome.label(),
        "corrections", withCorrections
            ? flags.followedByNotAccepted("整改要求：" + PlainText.sentence(decision.corrections().orElseThrow())
                + "请完成整改并报专项办公室，截止时间：" + ChineseDates.deadline(decision.correctBy().orElseThrow()) + "。")
            : "无整改要求。",
        "paid", Tranche.MID_TERM_PASSED.label() + "拨付奖励补助经费" + Numbers.yuan(paid.amount())
            + "，累计已拨付" + Numbers.yuan(payments.paid(applicationKey)) + "。"));
    findings.act(execution, applicationKey, CheckKind.MID_TERM);
  }
}
