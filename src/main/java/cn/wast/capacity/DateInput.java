package cn.wast.capacity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a Chinese user types it: the year first, in four digits, then month and day, with
 * dashes, slashes, dots or 年月日 ({@code 2026-12-10}, {@code 2026/12/10}, {@code 2026.12.10},
 * {@code 2026年12月10日}, single-digit months and days too, full-width characters as an input
 * method gives them). Anything whose order cannot be told ({@code 10/12/2026}, {@code 12/10/26})
 * and any day the calendar does not have is refused with a reason, never turned into another
 * date. Tasklist's script {@code tasklist/scripts/chinese-dates.js} reads and refuses the same
 * way, with the same words.
 */
public final class DateInput {

  public static final String EXAMPLE = "2026-12-10";
  public static final String HOW_TO_WRITE = "请按“年-月-日”填写日期，例如 " + EXAMPLE
      + "（也可写作 2026年12月10日、2026/12/10 或 2026.12.10）";

  private static final Pattern YEAR_FIRST = Pattern.compile(
      "(\\d{4})\\s*(?:([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?)");
  private static final Pattern ORDER_UNCLEAR = Pattern.compile(
      "\\d{1,2}\\s*([-/.])\\s*\\d{1,2}\\s*\\1\\s*\\d{2,4}|\\d{2}\\s*([-/.])\\s*\\d{1,2}\\s*\\2\\s*\\d{1,2}");

  private DateInput() {}

  /** The day typed; empty when nothing is typed or it is no date this class takes. */
  public static Optional<LocalDate> parse(String typed) {
    return Optional.ofNullable(read(typed).date());
  }

  /** Why what was typed is no date, in Chinese; empty when it is one, or when nothing is typed. */
  public static Optional<String> problem(String typed) {
    return Optional.ofNullable(read(typed).problem());
  }

  /** The day typed in the one way the system writes it, {@code 2026-12-10}; as typed when it is none. */
  public static String normalised(String typed) {
    return parse(typed).map(LocalDate::toString).orElse(typed);
  }

  private record Reading(LocalDate date, String problem) {}

  private static Reading read(String typed) {
    String text = halfWidth(typed == null ? "" : typed).strip();
    if (text.isEmpty()) {
      return new Reading(null, null);
    }
    Matcher m = YEAR_FIRST.matcher(text);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
      int day = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(6));
      if (month < 1 || month > 12) {
        return new Reading(null, "没有" + month + "月（月份为1至12），请核对");
      }
      int length = YearMonth.of(year, month).lengthOfMonth();
      if (day < 1 || day > length) {
        return new Reading(null, year + "年" + month + "月没有" + day + "日（该月只有" + length + "天），请核对");
      }
      return new Reading(LocalDate.of(year, month, day), null);
    }
    if (ORDER_UNCLEAR.matcher(text).matches()) {
      return new Reading(null, "“" + text + "”看不出年、月、日的次序，请以四位年份开头，按“年-月-日”填写，例如 " + EXAMPLE);
    }
    return new Reading(null, HOW_TO_WRITE);
  }

  /** Full-width digits and separators, as a Chinese input method types them, in ASCII. */
  private static String halfWidth(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c >= '０' && c <= '９') {
        plain.append((char) (c - '０' + '0'));
      } else {
        plain.append(switch (c) {
          case '－', '—', '–' -> '-';
          case '／' -> '/';
          case '．', '。' -> '.';
          case '\u3000' -> ' ';
          default -> c;
        });
      }
    }
    return plain.toString();
  }
}
