package cn.wast.capacity.funds;

import java.math.BigDecimal;

/**
 * R-SUP-1, R-DYN-1: where a decision that finds money paid and not due (a final acceptance that
 * adjusts the support below what was paid) has it recovered. Recovery is supervision's, which
 * comes after the checks; {@code supervision.RecoveryStarter} does it.
 */
public interface Recoveries {

  /** Starts the recovery of {@code amountDue}; answers its id. */
  long start(String applicationKey, BigDecimal amountDue, String reason);
}
