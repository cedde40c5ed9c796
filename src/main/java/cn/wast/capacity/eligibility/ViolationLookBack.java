package cn.wast.capacity.eligibility;

import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * R-EXCL-1, R-EXCL-2: the violations of some kinds recorded within
 * {@code capacity.eligibility.violation-look-back} before the application date (a record exactly
 * that long before it included; one recorded after it not yet known on that day).
 */
final class ViolationLookBack {

  private ViolationLookBack() {}

  static List<Violation> within(
      SocietyRecord society, Set<ViolationKind> kinds, LocalDate applicationDate, EligibilityProperties properties) {
    LocalDate from = applicationDate.minus(properties.violationLookBack());
    return society.violations().stream()
        .filter(v -> kinds.contains(v.kind()))
        .filter(v -> !v.recordedOn().isBefore(from) && !v.recordedOn().isAfter(applicationDate))
        .toList();
  }

  /** Who recorded it, or 相关部门 when the registry does not say. */
  static String authority(Violation violation) {
    return violation.authority() == null || violation.authority().isBlank() ? "相关部门" : violation.authority();
  }
}
