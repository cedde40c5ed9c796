package cn.wast.capacity.application;

import java.time.LocalDate;

/**
 * A place where a society may upload files right now: either its application for a round that
 * is still open and not yet submitted (files wait there until the submission), or a submitted
 * application in correction (files attach to it at once).
 *
 * @param applicationKey the application in correction; {@code null} for a not-yet-submitted one
 * @param applicationDeadline the round's application deadline (for a not-yet-submitted one)
 */
record UploadSlot(
    String societyCode,
    String societyName,
    int roundYear,
    String applicationKey,
    LocalDate applicationDeadline) {

  boolean isCorrection() {
    return applicationKey != null;
  }

  /** A name for the slot's place on the page. */
  String anchor() {
    return isCorrection() ? "correction-" + applicationKey : "round-" + roundYear + "-" + societyCode;
  }

  /** Whether a stored file belongs here. */
  boolean holds(DocumentInfo document) {
    return isCorrection()
        ? applicationKey.equals(document.applicationKey())
        : document.isPending()
            && societyCode.equals(document.societyCode())
            && roundYear == document.roundYear();
  }
}
