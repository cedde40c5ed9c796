package cn.wast.capacity.award;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * R-REV-3: a society commended and awarded in a round; the start of its implementation
 * (the fund plan is filed next).
 */
public record Award(
    String applicationKey,
    int roundYear,
    String societyCode,
    int ranking,
    BigDecimal composite,
    BigDecimal amount,
    Instant commendedAt,
    String implementationStatus) {

  public static final String AWAITING_PLAN = "AWAITING_PLAN";
  public static final String PLAN_FILED = "PLAN_FILED";
  /** The mid-term report is due: the society may upload it (R-CHK-1). */
  public static final String MID_TERM_DUE = "MID_TERM_DUE";
  public static final String MID_TERM_PASSED = "MID_TERM_PASSED";
  public static final String REVOKED = "REVOKED";
  /** The final report is due: the society may upload it (R-CHK-2). */
  public static final String FINAL_DUE = "FINAL_DUE";
  /** R-DYN-1: the final acceptance's outcomes. */
  public static final String COMPLETED = "COMPLETED";
  public static final String ADJUSTED = "ADJUSTED";
  public static final String TERMINATED = "TERMINATED";
}
