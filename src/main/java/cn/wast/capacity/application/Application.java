package cn.wast.capacity.application;

import java.time.Instant;

/** One society's application in one round. */
public record Application(
    String businessKey,
    int roundYear,
    String societyCode,
    String processInstanceId,
    String submittedBy,
    Instant submittedAt,
    ApplicationStatus status,
    String statusReason,
    Instant decidedAt) {

  public static String businessKeyOf(int roundYear, String societyCode) {
    return "APP-" + roundYear + "-" + societyCode;
  }
}
