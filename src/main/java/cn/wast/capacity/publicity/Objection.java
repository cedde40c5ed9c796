package cn.wast.capacity.publicity;

import java.time.Instant;

/** R-SUP-2: an objection anyone raised against a society on the public notice. */
public record Objection(
    long id,
    long noticeEntryId,
    int roundYear,
    String applicationKey,
    String societyCode,
    String objectorName,
    String objectorPhone,
    String objectorEmail,
    String grounds,
    String attachmentName,
    String attachmentType,
    Instant submittedAt,
    String submittedFrom,
    String processInstanceId,
    ObjectionStatus status,
    String decisionReasons,
    boolean fraudFinding) {

  public String number() {
    return numberOf(id);
  }

  public static String numberOf(long id) {
    return "OBJ-" + id;
  }

  public boolean hasAttachment() {
    return attachmentName != null;
  }
}
