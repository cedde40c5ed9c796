package cn.wast.capacity.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One year's round of the programme (R-CALL-1). */
public record Round(
    int year,
    int quota,
    LocalDate applicationDeadline,
    LocalDate formalReviewDeadline,
    RoundStatus status,
    String processInstanceId,
    String openedBy,
    Instant openedAt,
    BigDecimal awardAmount,
    String awardBands) {

  /** R-REV-3: the award per society, by rank. */
  public AwardBands award() {
    return new AwardBands(awardAmount, AwardBands.parse(awardBands).bands());
  }

  public String businessKey() {
    return businessKeyOf(year);
  }

  public static String businessKeyOf(int year) {
    return "ROUND-" + year;
  }
}
