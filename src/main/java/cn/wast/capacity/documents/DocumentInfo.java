package cn.wast.capacity.documents;

import java.time.Instant;

/**
 * What is known about an uploaded file, without its content.
 *
 * @param applicationKey the application's business key once the file belongs to a submitted
 *     application; {@code null} while it waits, against society and round, for the submission
 * @param voucherNumber for a voucher scan, the voucher number it proves; {@code null} for other files
 */
public record DocumentInfo(
    long id,
    String societyCode,
    int roundYear,
    DocumentKind kind,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    String applicationKey,
    String voucherNumber) {

  public boolean isPending() {
    return applicationKey == null;
  }
}
