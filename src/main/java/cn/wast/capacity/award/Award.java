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

  /** The implementation's state as the office's award list names it. */
  public String implementationLabel() {
    return switch (implementationStatus) {
      case AWAITING_PLAN -> "待报送经费使用管理方案";
      case PLAN_FILED -> "方案已备案，实施中";
      case MID_TERM_DUE -> "中期检查中";
      case MID_TERM_PASSED -> "中期检查通过，实施中";
      case FINAL_DUE -> "结项验收中";
      case COMPLETED -> "已验收，继续支持";
      case ADJUSTED -> "已验收，调整支持";
      case TERMINATED -> "终止支持";
      case REVOKED -> "已撤销资格";
      default -> implementationStatus;
    };
  }
}
