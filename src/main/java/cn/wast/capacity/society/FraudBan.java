package cn.wast.capacity.society;

import java.time.LocalDate;
import java.time.Period;

/**
 * R-EXCL-4, R-SUP-1: the three-year bar on applying after fraud or false reporting, with the
 * decision as credit lists record it.
 *
 * @param decidedOn the day it was decided; the ban runs from this day
 * @param lastDay the ban's last day; the society may apply again the day after
 * @param decidingBody who decided it (null: not recorded)
 * @param decisionNumber the decision's number, e.g. 武科协〔2026〕12号 (null: not recorded)
 * @param imported decided elsewhere and imported from a credit list, not by WAST's own revocation
 */
public record FraudBan(LocalDate decidedOn, LocalDate lastDay, String grounds, String decidingBody,
    String decisionNumber, boolean imported) {

  public FraudBan {
    if (lastDay.isBefore(decidedOn)) {
      throw new IllegalArgumentException("a ban's last day is not before the day it was decided");
    }
  }

  /** A ban of WAST's own without decision details (old rows, tests). */
  public FraudBan(LocalDate decidedOn, LocalDate lastDay, String grounds) {
    this(decidedOn, lastDay, grounds, null, null, false);
  }

  /** Whether the ban is in force on the given day (decidedOn and lastDay included). */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(decidedOn) && !day.isAfter(lastDay);
  }

  /** The ban's length as letters and lists write it: "3年", "2年6个月", "18天"... */
  public String lengthInWords() {
    return inWords(Period.between(decidedOn, lastDay.plusDays(1)));
  }

  /** A period as letters and lists write it: "3年", "2年6个月", "18个月"... */
  public static String inWords(Period period) {
    StringBuilder words = new StringBuilder();
    if (period.getYears() > 0) {
      words.append(period.getYears()).append("年");
    }
    if (period.getMonths() > 0) {
      words.append(period.getMonths()).append("个月");
    }
    if (period.getDays() > 0) {
      words.append(period.getDays()).append("天");
    }
    return words.toString();
  }
}
