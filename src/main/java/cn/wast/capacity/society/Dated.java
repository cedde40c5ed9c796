package cn.wast.capacity.society;

import java.time.LocalDate;

/**
 * A registry fact with the days it holds: from {@code validFrom} (included) until
 * {@code validUntil} (excluded; null while it still holds).
 *
 * @param id the row's id, by which the office corrects it
 */
public record Dated<T>(long id, T fact, LocalDate validFrom, LocalDate validUntil) {

  public boolean holdsOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
  }

  public boolean stillHolds() {
    return validUntil == null;
  }
}
