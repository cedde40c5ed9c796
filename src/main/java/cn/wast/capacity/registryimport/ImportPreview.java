package cn.wast.capacity.registryimport;

import java.util.List;

/** An uploaded file checked row by row against the registry as it stands now. */
record ImportPreview(PendingImport pending, List<String> fileProblems, List<CheckedRow> rows) {

  ImportPreview {
    fileProblems = List.copyOf(fileProblems);
    rows = List.copyOf(rows);
  }

  /** Committing is allowed: the file was read, no row has a problem and something is new. */
  boolean committable() {
    return fileProblems.isEmpty() && problemRows() == 0 && rowsToWrite() > 0;
  }

  long problemRows() {
    return rows.stream().filter(r -> !r.ok()).count();
  }

  long rowsToWrite() {
    return rows.stream().filter(CheckedRow::toWrite).count();
  }

  long rowsAlreadyRecorded() {
    return rows.stream().filter(r -> r.ok() && r.alreadyRecorded()).count();
  }

  /** The sheets with rows, in the workbook's order, for the page. */
  List<SheetView> sheets() {
    return pending.kind().sheets().stream()
        .map(sheet -> new SheetView(sheet.title(), sheet.headers(),
            rows.stream().filter(r -> r.row().sheet() == sheet).toList()))
        .filter(view -> !view.rows().isEmpty())
        .toList();
  }

  record SheetView(String title, List<String> headers, List<CheckedRow> rows) {}
}
