package cn.wast.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as a Chinese user types them: year first, in any of the ways they are written. */
class DateInputTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-10", "2026/12/10", "2026.12.10", "2026年12月10日", "2026年12月10",
      " 2026-12-10 ", "2026 年 12 月 10 日", "２０２６－１２－１０", "2026／12／10", "2026。12。10"})
  @DisplayName("Year-first notations, with dashes, slashes, dots or 年月日, are the same day")
  void yearFirstNotationsAreOneDay(String typed) {
    assertThat(DateInput.parse(typed)).contains(DAY);
    assertThat(DateInput.problem(typed)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-3-5", "2026/3/5", "2026.3.5", "2026年3月5日", "2026-03-05", "2026-3-05"})
  @DisplayName("Single-digit months and days are taken as written")
  void singleDigitsAreTaken(String typed) {
    assertThat(DateInput.parse(typed)).contains(LocalDate.of(2026, 3, 5));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10/12/2026", "12/10/26", "10.12.2026", "10-12-2026", "26-12-10", "26/12/10", "1/2/2026"})
  @DisplayName("A date whose order of day, month and year cannot be told is refused, never guessed")
  void ambiguousDatesAreRefused(String typed) {
    assertThat(DateInput.parse(typed)).isEmpty();
    assertThat(DateInput.problem(typed)).get().asString()
        .contains("“" + typed.strip() + "”", "年、月、日的次序", "例如 2026-12-10");
  }

  @Test
  @DisplayName("An impossible date is refused with what is impossible about it")
  void impossibleDatesAreRefused() {
    assertThat(DateInput.parse("2026-02-30")).isEmpty();
    assertThat(DateInput.problem("2026-02-30")).contains("2026年2月没有30日（该月只有28天），请核对");
    assertThat(DateInput.problem("2028年2月30日")).contains("2028年2月没有30日（该月只有29天），请核对");
    assertThat(DateInput.problem("2026-04-31")).contains("2026年4月没有31日（该月只有30天），请核对");
    assertThat(DateInput.problem("2026-13-01")).contains("没有13月（月份为1至12），请核对");
    assertThat(DateInput.problem("2026-00-10")).contains("没有0月（月份为1至12），请核对");
    assertThat(DateInput.problem("2026-12-00")).contains("2026年12月没有0日（该月只有31天），请核对");
    assertThat(DateInput.parse("2028-02-29")).contains(LocalDate.of(2028, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {"明天", "2026", "2026-12", "2026-12-10-1", "2026-12-10T08:00", "20261210", "2026--12-10", "2026-12/10x"})
  @DisplayName("Anything else is refused with the one way to write a date")
  void otherTextIsRefused(String typed) {
    assertThat(DateInput.parse(typed)).isEmpty();
    assertThat(DateInput.problem(typed)).contains(DateInput.HOW_TO_WRITE);
  }

  @Test
  @DisplayName("Blank is no date and no problem: whether a field may be blank is the form's check")
  void blankIsNoProblem() {
    assertThat(DateInput.parse("  ")).isEmpty();
    assertThat(DateInput.problem("  ")).isEmpty();
    assertThat(DateInput.problem(null)).isEmpty();
  }
}
