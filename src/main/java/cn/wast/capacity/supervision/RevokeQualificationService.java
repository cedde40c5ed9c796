package cn.wast.capacity.supervision;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.funds.Implementation;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.society.SocietyRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1: fraud or false reporting confirmed: the qualification is revoked (a running
 * implementation is ended), what was paid is to be recovered, and a ban from the decision date
 * for the configured period is written to the registry, so that R-EXCL-4 refuses the society's
 * applications until its last day and not after.
 */
@Component("revokeQualificationService")
class RevokeQualificationService implements JavaDelegate {

  private final Applications applications;
  private final Awards awards;
  private final Payments payments;
  private final RecoveryStarter recoveries;
  private final SocietyRegistry registry;
  private final ApplicationLetters letters;
  private final SupervisionProperties supervision;
  private final ProgrammeClock clock;
  private final RevocationReach reach;

  RevokeQualificationService(Applications applications, Awards awards, Payments payments, RecoveryStarter recoveries,
      SocietyRegistry registry, ApplicationLetters letters, SupervisionProperties supervision, ProgrammeClock clock,
      RevocationReach reach) {
    this.applications = applications;
    this.awards = awards;
    this.payments = payments;
    this.recoveries = recoveries;
    this.registry = registry;
    this.letters = letters;
    this.supervision = supervision;
    this.clock = clock;
    this.reach = reach;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = (String) execution.getVariable(Disqualification.APPLICATION_KEY);
    String findings = FraudFinding.read(FormValues.of(execution)).findings().orElseThrow();
    Application application = applications.find(applicationKey).orElseThrow();
    applications.decide(applicationKey, ApplicationStatus.DISQUALIFIED, "弄虚作假，撤销资格：" + findings, clock.now());
    if (awards.find(applicationKey).isPresent()) {
      awards.moveImplementationTo(applicationKey, Award.REVOKED);
    }
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(Disqualification.REVOKED_MESSAGE)
        .processInstanceBusinessKey(Implementation.businessKeyOf(applicationKey))
        .correlateAll();

    LocalDate today = clock.today();
    LocalDate lastDay = today.plus(supervision.banPeriod()).minusDays(1);
    registry.recordFraudBan(application.societyCode(), today, lastDay, findings);
    reach.withdrawOthers(application, supervision.banPeriodInWords(), ChineseDates.date(lastDay),
        execution.getProcessInstanceId());
    BigDecimal paid = payments.paid(applicationKey);
    execution.setVariable("recoveryAmountText", Numbers.yuan(paid));
    execution.setVariable("banUntilText", ChineseDates.date(lastDay));
    execution.setVariable("decidedOn", today.toString());
    if (paid.signum() > 0) {
      recoveries.start(applicationKey, paid, "弄虚作假，撤销资格，收回已拨付的专项经费");
    }
    letters.send(application, execution.getProcessInstanceId(), MailType.QUALIFICATION_REVOKED, "1", Map.of(
        "findings", findings,
        "banPeriod", supervision.banPeriodInWords(),
        "banUntil", ChineseDates.date(lastDay),
        "recovery", paid.signum() > 0 ? "退回已拨付的专项经费" + Numbers.yuan(paid) : "尚未拨付专项经费，无需退回"));
  }
}
