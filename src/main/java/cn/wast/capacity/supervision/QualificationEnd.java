package cn.wast.capacity.supervision;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.funds.Implementation;
import cn.wast.capacity.funds.Payments;
import java.math.BigDecimal;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1: what a revocation does to one award: the application is disqualified, a running
 * implementation ends by its event sub-process (撤销资格，终止实施; no further tranche), and what
 * was paid is to be recovered. The same for the award found fraudulent and for the society's
 * other awards still in implementation.
 */
@Component
class QualificationEnd {

  private final Applications applications;
  private final Awards awards;
  private final Payments payments;
  private final RecoveryStarter recoveries;
  private final RuntimeService runtimeService;
  private final ProgrammeClock clock;

  QualificationEnd(Applications applications, Awards awards, Payments payments, RecoveryStarter recoveries,
      RuntimeService runtimeService, ProgrammeClock clock) {
    this.applications = applications;
    this.awards = awards;
    this.payments = payments;
    this.recoveries = recoveries;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Ends the application's qualification; what was paid on it, now to be recovered. */
  BigDecimal end(String applicationKey, String statusReason) {
    applications.decide(applicationKey, ApplicationStatus.DISQUALIFIED, statusReason, clock.now());
    if (awards.find(applicationKey).isPresent()) {
      awards.moveImplementationTo(applicationKey, Award.REVOKED);
    }
    runtimeService.createMessageCorrelation(Disqualification.REVOKED_MESSAGE)
        .processInstanceBusinessKey(Implementation.businessKeyOf(applicationKey))
        .correlateAll();
    BigDecimal paid = payments.paid(applicationKey);
    if (paid.signum() > 0) {
      recoveries.start(applicationKey, paid, "弄虚作假，撤销资格，收回已拨付的专项经费");
    }
    return paid;
  }

  /** Whether the award's implementation process still runs. */
  boolean implementationRuns(String applicationKey) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(Implementation.businessKeyOf(applicationKey)).count() > 0;
  }
}
