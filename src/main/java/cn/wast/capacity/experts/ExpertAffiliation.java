package cn.wast.capacity.experts;

import java.time.LocalDate;
import java.time.Period;

/**
 * R-REV-2: an expert's tie to a society. A member is affiliated until the last day of their
 * membership; an officer is, and one who left office (a former officer, or an officer whose term
 * the office ended) stays affiliated until the look-back after their last day in office has
 * passed. The first day is on record only: a tie counts as soon as it is recorded.
 *
 * @param startedOn the first day (joined, took office); null when not known
 * @param endedOn the last day (membership ended, left office); null while it lasts
 */
public record ExpertAffiliation(String expertId, String societyCode, AffiliationRole role, LocalDate startedOn,
    LocalDate endedOn) {

  public boolean holdsOn(LocalDate day, Period formerOfficerLookBack) {
    if (endedOn == null) {
      return true;
    }
    LocalDate lastDay = role == AffiliationRole.MEMBER ? endedOn : endedOn.plus(formerOfficerLookBack);
    return !day.isAfter(lastDay);
  }

  /** Whether the tie has a last day (ended, or a former officer's last day in office). */
  public boolean ended() {
    return endedOn != null;
  }
}
