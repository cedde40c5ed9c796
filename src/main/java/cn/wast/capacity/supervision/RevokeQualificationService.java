package cn.wast.capacity.supervision;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.SupervisionProperties;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationLetters;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.society.FraudBan;
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
 * for the configured period is written to the registry with the decision's body and number (the
 * credit list), so that R-EXCL-4 refuses the society's applications until its last day and not after.
 */
@Component("revokeQualificationService")
class RevokeQualificationService implements JavaDelegate {

  private final Applications applications;
  private final QualificationEnd qualificationEnd;
  private final SocietyRegistry registry;
  private final ApplicationLetters letters;
  private final SupervisionProperties supervision;
  private final ProgrammeClock clock;
  private final RevocationReach reach;

  RevokeQualificationService(Applications applications, QualificationEnd qualificationEnd, SocietyRegistry registry,
      ApplicationLetters letters, SupervisionProperties supervision, ProgrammeClock clock, RevocationReach reach) {
    this.applications = applications;
    this.qualificationEnd = qualificationEnd;
    this.registry = registry;
    this.letters = letters;
    this.supervision = supervision;
    this.clock = clock;
    this.reach = reach;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = (String) execution.getVariable(DisqualificationVariables.APPLICATION_KEY);
    FraudFinding finding = FraudFinding.read(FormValues.of(execution));
    String findings = finding.findings().orElseThrow();
    String decisionNumber = finding.decisionNumber().orElseThrow();
    Application application = applications.find(applicationKey).orElseThrow();
    BigDecimal paid = qualificationEnd.end(applicationKey, "弄虚作假，撤销资格：" + findings);

    LocalDate today = clock.today();
    LocalDate lastDay = today.plus(supervision.banPeriod()).minusDays(1);
    registry.recordFraudBan(application.societyCode(),
        new FraudBan(today, lastDay, findings, supervision.decidingBody(), decisionNumber, false));
    reach.withdrawOthers(application, supervision.banPeriodInWords(), ChineseDates.date(lastDay),
        execution.getProcessInstanceId());
    reach.endOtherImplementations(application, supervision.banPeriodInWords(), ChineseDates.date(lastDay),
        execution.getProcessInstanceId());
    execution.setVariable(DisqualificationVariables.RECOVERY_AMOUNT_TEXT, Numbers.yuan(paid));
    execution.setVariable(DisqualificationVariables.BAN_UNTIL_TEXT, ChineseDates.date(lastDay));
    execution.setVariable(DisqualificationVariables.DECIDED_ON, today.toString());
    letters.send(application, execution.getProcessInstanceId(), MailType.QUALIFICATION_REVOKED, "1", Map.of(
        "findings", findings,
        "decisionNumber", decisionNumber,
        "decidingBody", supervision.decidingBody(),
        "banPeriod", supervision.banPeriodInWords(),
        "banUntil", ChineseDates.date(lastDay),
        "recovery", paid.signum() > 0 ? "退回已拨付的专项经费" + Numbers.yuan(paid) : "尚未拨付专项经费，无需退回"));
  }
}
