package cn.wast.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A deadline reads one way wherever a person sees it. */
class ChineseDatesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName("A deadline day reads 2026年12月10日（当天24时截止）, and so does the midnight that ends it")
  void deadlineDay() {
    assertThat(ChineseDates.deadline(LocalDate.of(2026, 12, 10))).isEqualTo("2026年12月10日（当天24时截止）");
    assertThat(ChineseDates.deadline(ZonedDateTime.of(2026, 12, 11, 0, 0, 0, 0, SHANGHAI).toInstant(), SHANGHAI))
        .isEqualTo("2026年12月10日（当天24时截止）");
    assertThat(ChineseDates.deadline(ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, SHANGHAI).toInstant(), SHANGHAI))
        .isEqualTo("2026年12月31日（当天24时截止）");
  }

  @Test
  @DisplayName("A deadline at another hour says the hour the same way; a plain date is just the day")
  void deadlineMoment() {
    assertThat(ChineseDates.deadline(ZonedDateTime.of(2026, 3, 12, 9, 0, 0, 0, SHANGHAI).toInstant(), SHANGHAI))
        .isEqualTo("2026年3月12日（当天09:00截止）");
    assertThat(ChineseDates.date(LocalDate.of(2026, 3, 5))).isEqualTo("2026年3月5日");
  }
}
