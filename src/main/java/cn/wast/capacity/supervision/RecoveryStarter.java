package cn.wast.capacity.supervision;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.funds.Recoveries;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1, R-DYN-1: opens a recovery of funds (追回经费) with its own process, for whatever
 * decision calls for one: a revocation, an award adjusted below what was paid.
 */
@Component
public class RecoveryStarter implements Recoveries {

  private final FundRecoveries recoveries;
  private final RuntimeService runtimeService;
  private final ProgrammeClock clock;

  RecoveryStarter(FundRecoveries recoveries, RuntimeService runtimeService, ProgrammeClock clock) {
    this.recoveries = recoveries;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * @param reason in Chinese, as the society and the office read it, e.g. "结项验收不通过，调减支持 50,000.00 元"
   * @return the recovery's id
   */
  public long start(String applicationKey, BigDecimal amountDue, String reason) {
    if (amountDue.signum() <= 0) {
      throw new IllegalArgumentException("a recovery is of a positive amount, not " + amountDue);
    }
    long id = recoveries.open(applicationKey, amountDue, reason, clock.now());
    runtimeService.startProcessInstanceByKey(RecoveryVariables.PROCESS, RecoveryProcess.businessKeyOf(applicationKey, id), Map.of(
        RecoveryVariables.APPLICATION_KEY, applicationKey,
        RecoveryVariables.RECOVERY_ID, id));
    return id;
  }
}
