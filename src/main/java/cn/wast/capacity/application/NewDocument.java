package cn.wast.capacity.application;

import java.time.Instant;

/**
 * A file to store, already checked by {@link DocumentUploadPolicy}.
 *
 * @param applicationKey the application it belongs to, or {@code null} for a file that waits,
 *     against society and round, for the application to be submitted
 * @param type the type detected from the content
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
    Instant uploadedAt) {}
