package cn.wast.capacity.registryimport;

import cn.wast.capacity.society.FraudBan;
import java.time.LocalDate;
import java.time.Period;

/**
 * A fraud ban as credit lists record it (R-EXCL-4, R-SUP-1): the society, who decided it under
 * which decision number, the grounds, the first and last day, and where the entry came from.
 *
 * @param id the ban's row
 * @param liftedOn the day the office lifted it from (R-EXCL-4 no longer refuses from then); null when
 *     not lifted
 */
public record CreditBan(
    String societyCode,
    String societyName,
    String creditCode,
    String decidingBody,
    String decisionNumber,
    String grounds,
    LocalDate startsOn,
    LocalDate lastDay,
    Source source,
    long id,
    LocalDate liftedOn) {

  /** A ban not lifted, as an import row or a test names it (id 0). */
  public CreditBan(String societyCode, String societyName, String creditCode, String decidingBody,
      String decisionNumber, String grounds, LocalDate startsOn, LocalDate lastDay, Source source) {
    this(societyCode, societyName, creditCode, decidingBody, decisionNumber, grounds, startsOn, lastDay, source, 0,
        null);
  }

  /** How long it was decided for: "3年", "2年6个月"... */
  public String lengthInWords() {
    return FraudBan.inWords(Period.between(startsOn, lastDay.plusDays(1)));
  }

  /** Whether R-EXCL-4 refuses on that day under this ban. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(lastDay) && (liftedOn == null || day.isBefore(liftedOn));
  }

  public boolean lifted() {
    return liftedOn != null;
  }

  /** Where a ban entry came from. */
  public enum Source {
    WAST("市科协撤销资格"),
    IMPORTED("外部名单导入");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
