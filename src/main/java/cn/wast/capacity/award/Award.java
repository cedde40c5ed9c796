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
}
