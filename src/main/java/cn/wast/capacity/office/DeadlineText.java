package cn.wast.capacity.office;

import cn.wast.capacity.ChineseDates;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A deadline as the office reads it: a deadline at midnight is the whole of the day before
 * ("2026年12月10日（当天24时截止）"), any other moment is given with its time.
 */
final class DeadlineText {

  private DeadlineText() {}

  static String of(Instant deadline, ZoneId zone) {
    ZonedDateTime at = deadline.atZone(zone);
    if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return ChineseDates.date(at.toLocalDate().minusDays(1)) + "（当天24时截止）";
    }
    return ChineseDates.dateTime(deadline, zone);
  }
}
