package cn.wast.capacity.society;

import java.time.LocalDate;

/**
 * R-EXCL-1, R-EXCL-2: a violation, criticism or penalty on record.
 *
 * @param authority who found or imposed it (may be null)
 */
public record Violation(ViolationKind kind, String authority, String description, LocalDate recordedOn) {}
