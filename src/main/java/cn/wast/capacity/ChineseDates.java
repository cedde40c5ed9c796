package cn.wast.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Dates as the programme's letters and forms write them: 2026年12月31日, 2026年12月31日 17:00. */
public final class ChineseDates {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private ChineseDates() {}

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  public static String dateTime(Instant instant, ZoneId zone) {
    return DATE_TIME.format(instant.atZone(zone));
  }

  public static String dateTime(Date date, ZoneId zone) {
    return dateTime(date.toInstant(), zone);
  }
}
