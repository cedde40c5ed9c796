package cn.wast.capacity.society;

import java.time.LocalDate;

/**
 * R-EXCL-4, R-SUP-1: the three-year bar on applying after fraud or false reporting.
 *
 * @param decidedOn the day it was decided; the ban runs from this day
 * @param lastDay the ban's last day; the society may apply again the day after
 */
public record FraudBan(LocalDate decidedOn, LocalDate lastDay, String grounds) {

  /** Whether the ban is in force on the given day (decidedOn and lastDay included). */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(decidedOn) && !day.isAfter(lastDay);
  }
}
