package cn.wast.capacity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" for the programme: the engine's clock (which tests move), read in the programme
 * office's time zone.
 */
@Component
public class ProgrammeClock {

  private final ZoneId zone;

  public ProgrammeClock(ProgrammeProperties properties) {
    this.zone = properties.zone();
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The moment a deadline typed as a date passes: midnight at the end of that day. */
  public Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public Date endOfAsDate(LocalDate day) {
    return Date.from(endOf(day));
  }

  /**
   * When to remind of a deadline: {@code lead} before it, or now if that moment has passed (a
   * deadline set or extended late still gets its reminder, at once).
   */
  public Date reminderAt(Instant deadline, Duration lead) {
    Instant reminder = deadline.minus(lead);
    return Date.from(reminder.isBefore(now()) ? now() : reminder);
  }

  /** A deadline as people read it: 2026年12月10日（当天24时截止）. */
  public String deadline(Instant passes) {
    return ChineseDates.deadline(passes, zone);
  }

  public String format(Instant instant) {
    return ChineseDates.dateTime(instant, zone);
  }
}
