package cn.wast.capacity.publicity;

import java.time.Instant;

/**
 * R-REV-3, R-SUP-2: one proposed society on a round's public notice, with its own ten-day
 * period (a society moved up after a removal gets a period of its own).
 *
 * @param place which of the round's quota places the society stands for (1..quota)
 */
public record NoticeEntry(
    long id,
    int roundYear,
    String applicationKey,
    String societyCode,
    int place,
    Instant startsAt,
    Instant endsAt,
    NoticeStatus status,
    boolean movedUp,
    Instant closedAt) {

  /** Objections are taken while the entry is on the notice and its period has not ended. */
  public boolean takesObjectionsAt(Instant moment) {
    return status == NoticeStatus.IN_NOTICE && !moment.isBefore(startsAt) && moment.isBefore(endsAt);
  }
}
