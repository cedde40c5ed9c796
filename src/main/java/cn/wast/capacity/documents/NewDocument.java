package cn.wast.capacity.documents;

import java.time.Instant;

/**
 * A file to store, already checked by {@link DocumentUploadPolicy}.
 *
 * @param applicationKey the application it belongs to, or {@code null} for a file that waits,
 *     against society and round, for the application to be submitted
 * @param type the type detected from the content
 * @param voucherNumber for a voucher scan, the ledger's voucher number it proves ({@code VoucherNumber}); else {@code null}
 */
public record NewDocument(
    String societyCode,
    int roundYear,
    String applicationKey,
    DocumentKind kind,
    String fileName,
    DocumentType type,
    byte[] content,
    String uploadedBy,
    Instant uploadedAt,
    String voucherNumber) {

  /** A file that is no voucher scan. */
  public NewDocument(String societyCode, int roundYear, String applicationKey, DocumentKind kind, String fileName,
      DocumentType type, byte[] content, String uploadedBy, Instant uploadedAt) {
    this(societyCode, roundYear, applicationKey, kind, fileName, type, content, uploadedBy, uploadedAt, null);
  }
}
