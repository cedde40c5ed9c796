package cn.wast.capacity.registryimport;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An uploaded file waiting in the uploader's session for its commit: the rows as read, never a
 * row list posted back by the page. Checked again against the registry whenever it is shown or
 * committed.
 */
record PendingImport(String id, ImportKind kind, String fileName, String uploadedBy, Instant uploadedAt,
    List<SheetRow> rows, List<String> fileProblems) implements Serializable {

  PendingImport {
    rows = List.copyOf(rows);
    fileProblems = List.copyOf(fileProblems);
  }
}
