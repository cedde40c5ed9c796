package cn.wast.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Dates as the programme's letters, forms and pages write them: a day 2026年12月31日, a moment
 * 2026年12月31日 17:00, and a deadline one way everywhere: 2026年12月31日（当天24时截止）.
 */
public final class ChineseDates {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ChineseDates() {}

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** A deadline that ends with its last day. */
  public static String deadline(LocalDate lastDay) {
    return DATE.format(lastDay) + "（当天24时截止）";
  }

  /**
   * A deadline as the moment it passes: midnight ends the day before (the programme's deadlines
   * end with a day); any other moment is said with its hour, 2026年12月10日（当天15:30截止）.
   */
  public static String deadline(Instant passes, ZoneId zone) {
    ZonedDateTime at = passes.atZone(zone);
    return at.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? deadline(at.toLocalDate().minusDays(1))
        : DATE.format(at) + "（当天" + TIME.format(at) + "截止）";
  }

  public static String dateTime(Instant instant, ZoneId zone) {
    return DATE_TIME.format(instant.atZone(zone));
  }

  public static String dateTime(Date date, ZoneId zone) {
    return dateTime(date.toInstant(), zone);
  }
}
