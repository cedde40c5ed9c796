package cn.wast.capacity.eligibility;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.application.Applications;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-APP-1, R-ELIG-1..5, R-EXCL-1..4: runs every eligibility rule against the registry as it
 * stood on the day of submission, and records the outcome with each failed rule's id and reason
 * in the process variables (and so in history) and in the application's record.
 */
@Component("checkEligibilityService")
class CheckEligibilityService implements JavaDelegate {

  static final String ELIGIBLE = "eligible";
  static final String REASONS = "eligibilityReasons";
  static final String FAILED_RULES = "failedRules";

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
    LocalDate submittedOn = LocalDate.ofInstant(application.submittedAt(), clock.zone());
    EligibilityVerdict verdict = eligibilityCheck.check(application.societyCode(), submittedOn);

    String reasons = String.join("\n", verdict.reasonLines());
    execution.setVariable(ELIGIBLE, verdict.eligible());
    execution.setVariable(REASONS, reasons);
    execution.setVariable(FAILED_RULES,
        verdict.failures().stream().map(RuleOutcome::ruleId).collect(Collectors.joining(",")));
    if (verdict.eligible()) {
      applications.moveTo(key, ApplicationStatus.IN_FORMAL_REVIEW);
    } else {
      applications.decide(key, ApplicationStatus.NOT_ACCEPTED, reasons, clock.now());
    }
  }
}
