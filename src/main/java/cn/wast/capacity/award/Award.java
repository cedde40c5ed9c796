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
  public static final String MID_TERM_SUBMITTED = "MID_TERM_SUBMITTED";
  public static final String MID_TERM_PASSED = "MID_TERM_PASSED";
  /** R-CHK-1: the mid-term check failed; its tranche is held until the final acceptance. */
  public static final String MID_TERM_FAILED = "MID_TERM_FAILED";
  /** R-SUP-1: signs of fraud found at the mid-term check; nothing more is paid, the disqualification decides. */
  public static final String MID_TERM_FRAUD_REFERRED = "MID_TERM_FRAUD_REFERRED";
  public static final String REVOKED = "REVOKED";
  /** The final report is due: the society may upload it (R-CHK-2). */
  public static final String FINAL_DUE = "FINAL_DUE";
  public static final String FINAL_SUBMITTED = "FINAL_SUBMITTED";
  /** R-DYN-1: the final acceptance's outcomes. */
  public static final String COMPLETED = "COMPLETED";
  public static final String ADJUSTED = "ADJUSTED";
  public static final String TERMINATED = "TERMINATED";
  /** R-SUP-1: signs of fraud found at the final acceptance; nothing more is paid, the disqualification decides. */
  public static final String FINAL_FRAUD_REFERRED = "FINAL_FRAUD_REFERRED";

  /** The implementation's state as the office's award list names it; never the raw status. */
  public String implementationLabel() {
    return switch (implementationStatus) {
      case AWAITING_PLAN -> "待报送经费使用管理方案";
      case PLAN_FILED -> "方案已备案，实施中";
      case MID_TERM_DUE -> "中期检查中";
      case MID_TERM_SUBMITTED -> "中期检查材料已提交，待审核";
      case MID_TERM_PASSED -> "中期检查通过，实施中";
      case MID_TERM_FAILED -> "中期检查未通过，暂缓拨付，实施中";
      case MID_TERM_FRAUD_REFERRED -> "中期检查发现弄虚作假线索，撤销资格核查中";
      case FINAL_DUE -> "结项验收中";
      case FINAL_SUBMITTED -> "结项验收材料已提交，待评定";
      case COMPLETED -> "已验收，继续支持";
      case ADJUSTED -> "已验收，调整支持";
      case TERMINATED -> "终止支持";
      case FINAL_FRAUD_REFERRED -> "结项验收发现弄虚作假线索，撤销资格核查中";
      case REVOKED -> "已撤销资格";
      default -> "实施中（状态未登记）";
    };
  }
}
