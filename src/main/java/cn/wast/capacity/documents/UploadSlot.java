package cn.wast.capacity.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A place where a society may upload files right now: its application for a round that is still
 * open and not yet submitted (files wait there until the submission), a submitted application in
 * correction (files attach to it at once), or an awarded application whose check report is due
 * (the report attaches to it at once).
 *
 * @param applicationKey the application the files attach to; {@code null} for a not-yet-submitted one
 * @param applicationDeadline the round's application deadline (for a not-yet-submitted one)
 * @param report the report due, for a check's slot; {@code null} otherwise
 */
record UploadSlot(
    String societyCode,
    String societyName,
    int roundYear,
    String applicationKey,
    LocalDate applicationDeadline,
    DocumentKind report) {

  boolean isCorrection() {
    return applicationKey != null && report == null;
  }

  boolean isReport() {
    return report != null;
  }

  /** The kinds of file this slot takes. */
  List<DocumentKind> kinds() {
    return isReport() ? List.of(report, DocumentKind.VOUCHER_SCAN) : DocumentKind.APPLICATION_KINDS;
  }

  /** A name for the slot's place on the page. */
  String anchor() {
    if (isReport()) {
      return "report-" + applicationKey;
    }
    return isCorrection() ? "correction-" + applicationKey : "round-" + roundYear + "-" + societyCode;
  }

  /** Whether a stored file belongs here. */
  boolean holds(DocumentInfo document) {
    if (isReport()) {
      return applicationKey.equals(document.applicationKey()) && kinds().contains(document.kind());
    }
    return isCorrection()
        ? applicationKey.equals(document.applicationKey()) && document.kind().isApplicationMaterial()
        : document.isPending()
            && societyCode.equals(document.societyCode())
            && roundYear == document.roundYear();
  }
}
