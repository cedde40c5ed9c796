package cn.wast.capacity.review;

import java.time.LocalDate;
import java.time.Period;

/**
 * R-REV-2: an expert's tie to a society. Members and officers are always affiliated; a former
 * officer stays affiliated until the look-back after their last day in office has passed.
 *
 * @param endedOn a former officer's last day in office; null for the other roles
 */
public record ExpertAffiliation(String expertId, String societyCode, AffiliationRole role, LocalDate endedOn) {

  public boolean holdsOn(LocalDate day, Period formerOfficerLookBack) {
    if (role != AffiliationRole.FORMER_OFFICER) {
      return true;
    }
    return endedOn == null || !day.isAfter(endedOn.plus(formerOfficerLookBack));
  }
}
