package cn.wast.capacity.funds;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.mail.MailType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-IMP-1: the plan is filed (备案): the version is recorded as filed, the award moves on to
 * implementation, the first tranche is paid and the society is told both.
 */
@Component("fileFundPlanService")
class FileFundPlanService implements JavaDelegate {

  private final FundPlans plans;
  private final Awards awards;
  private final Payments payments;
  private final ImplementationLetters letters;
  private final ProgrammeClock clock;
  private final FundsProperties funds;
  private final FlaggedLines flaggedLines;

  FileFundPlanService(FundPlans plans, Awards awards, Payments payments, ImplementationLetters letters,
      ProgrammeClock clock, FundsProperties funds, FlaggedLines flaggedLines) {
    this.flaggedLines = flaggedLines;
    this.funds = funds;
    this.plans = plans;
    this.awards = awards;
    this.payments = payments;
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = ImplementationVariables.planId(execution);
    String applicationKey = ImplementationVariables.applicationKey(execution);
    BigDecimal award = ImplementationVariables.awardAmount(execution);
    plans.decide(planId, PlanStatus.FILED, null, ActingUser.of(execution), clock.now());
    FlagDecisions.read(FormValues.of(execution), flaggedLines.ofPlan(planId))
        .record(flaggedLines, ActingUser.of(execution), clock.now());
    awards.moveImplementationTo(applicationKey, Award.PLAN_FILED);
    Payments.Payment paid = payments.pay(applicationKey, award, Tranche.PLAN_FILED, clock.now());
    execution.setVariable(ImplementationVariables.PAID_SO_FAR, payments.paid(applicationKey).toPlainString());
    Instant midTerm = clock.endOf(clock.today().plus(funds.midTermAfter()));
    Instant projectEnds = ImplementationVariables.projectEndsAt(execution);
    execution.setVariable(ImplementationVariables.MID_TERM_AT, java.util.Date.from(midTerm.isBefore(projectEnds) ? midTerm : projectEnds));
    letters.send(execution, MailType.FUND_PLAN_FILED, "1", Map.of(
        "paid", Numbers.yuan(paid.amount()),
        "tranche", Tranche.PLAN_FILED.label(),
        "remaining", Numbers.yuan(award.subtract(payments.paid(applicationKey)))));
  }
}
