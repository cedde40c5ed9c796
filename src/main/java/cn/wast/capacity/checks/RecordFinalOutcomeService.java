package cn.wast.capacity.checks;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.PlainText;
import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.funds.FlagDecisions;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.funds.Implementation;
import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-CHK-2, R-DYN-1: records the final acceptance and its consequence for the society's support:
 * passed, support continues (marked in the registry); failed, support is adjusted by the amount
 * recorded, or terminated with no further payment. The office's decisions on the flagged ledger
 * lines are recorded. The society is told, with the lines not accepted.
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

  RecordFinalOutcomeService(CheckFindings findings, ImplementationChecks checks, SocietySupport support, Awards awards,
      ImplementationLetters letters, ProgrammeClock clock, FlaggedLines flaggedLines) {
    this.flaggedLines = flaggedLines;
    this.checks = checks;
    this.support = support;
    this.awards = awards;
    this.letters = letters;
    this.clock = clock;
    this.findings = findings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = (String) execution.getVariable(Implementation.APPLICATION_KEY);
    FinalDecision decision = FinalDecision.read(FormValues.of(execution));
    Support next = decision.support();
    String reasons = decision.reasons().orElse(null);
    long checkId = ((Number) execution.getVariable("checkId")).longValue();
    FlagDecisions flags = FlagDecisions.read(FormValues.of(execution), flaggedLines.ofCheck(checkId));
    flags.record(flaggedLines, ActingUser.of(execution), clock.now());
    checks.decide(checkId,
        decision.passed() ? CheckOutcome.PASSED : CheckOutcome.FAILED, reasons, null, ActingUser.of(execution),
        clock.now());
    support.record(new SocietySupport.Decision(applicationKey, (String) execution.getVariable("societyCode"),
        ((Number) execution.getVariable("roundYear")).intValue(), next,
        next == Support.ADJUSTED ? decision.adjustment().orElseThrow() : null, reasons), clock.now());
    awards.moveImplementationTo(applicationKey, switch (next) {
      case CONTINUED -> Award.COMPLETED;
      case ADJUSTED -> Award.ADJUSTED;
      case TERMINATED -> Award.TERMINATED;
    });
    String consequence = switch (next) {
      case CONTINUED -> "根据动态管理规定，继续给予支持。";
      case ADJUSTED -> "根据动态管理规定，调整对贵会的支持，调减金额" + Numbers.yuan(decision.adjustment().orElseThrow())
          + "。理由：" + PlainText.sentence(reasons);
      case TERMINATED -> "根据动态管理规定，终止对贵会的支持，不再拨付经费。理由：" + PlainText.sentence(reasons);
    };
    letters.send(execution, MailType.FINAL_DECIDED, "1", Map.of(
        "outcome", decision.passed() ? "通过" : "不通过",
        "consequence", flags.followedByNotAccepted(consequence)));
    findings.act(execution, applicationKey, CheckKind.FINAL);
  }
}
