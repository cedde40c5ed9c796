package cn.wast.capacity.eligibility;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.application.IntakeFailure;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-APP-1, R-ELIG-1..5, R-EXCL-1..4: runs every eligibility rule against the registry as it
 * stood on the day of submission, in the transaction of the submission, and records the outcome
 * in the process variables (and so in history) and in the application's record; a refusal with
 * each failed rule's id and reason.
 *
 * <p>A check that cannot be run (the registry unreadable, a record the rules cannot read) is no
 * verdict: the whole submission is refused and rolls back ({@link IntakeFailure}).
 */
@Component("checkEligibilityService")
class CheckEligibilityService implements JavaDelegate {

  private final EligibilityCheck eligibilityCheck;
  private final Applications applications;
  private final ProgrammeClock clock;

  CheckEligibilityService(EligibilityCheck eligibilityCheck, Applications applications, ProgrammeClock clock) {
    this.eligibilityCheck = eligibilityCheck;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(ApplicationVariables.APPLICATION_KEY);
    Application application = applications.find(key).orElseThrow();
    EligibilityVerdict verdict = verdict(application);

    execution.setVariable(ApplicationVariables.ELIGIBLE, verdict.eligible());
    if (verdict.eligible()) {
      applications.moveTo(key, ApplicationStatus.IN_FORMAL_REVIEW);
      return;
    }
    String reasons = String.join("\n", verdict.reasonLines());
    execution.setVariable(ApplicationVariables.ELIGIBILITY_REASONS, reasons);
    execution.setVariable(ApplicationVariables.FAILED_RULES, String.join(",", verdict.failedRuleIds()));
    applications.decide(key, ApplicationStatus.NOT_ACCEPTED, reasons, clock.now());
  }

  private EligibilityVerdict verdict(Application application) {
    LocalDate submittedOn = LocalDate.ofInstant(application.submittedAt(), clock.zone());
    return IntakeFailure.refuseOnFailure("资格审查", application.societyCode(),
        () -> eligibilityCheck.check(application.societyCode(), submittedOn));
  }
}
