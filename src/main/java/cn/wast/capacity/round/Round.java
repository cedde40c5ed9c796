package cn.wast.capacity.round;

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
    Instant openedAt) {

  public String businessKey() {
    return businessKeyOf(year);
  }

  public static String businessKeyOf(int year) {
    return "ROUND-" + year;
  }
}
