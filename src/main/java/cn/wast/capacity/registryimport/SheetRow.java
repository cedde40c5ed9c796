package cn.wast.capacity.registryimport;

import java.io.Serializable;
import java.util.List;

/**
 * One data row of an uploaded sheet as text, as the office typed it (Excel date cells as
 * {@code 2026-03-01}), with its row number as Excel shows it.
 */
record SheetRow(FactSheet sheet, int number, List<String> cells) implements Serializable {

  SheetRow {
    cells = List.copyOf(cells);
  }

  /** The cell under the header, stripped; empty when the row is shorter. */
  String cell(String header) {
    int index = sheet.headers().indexOf(header);
    if (index < 0) {
      throw new IllegalArgumentException(sheet.title() + " has no column " + header);
    }
    return index < cells.size() ? cells.get(index) : "";
  }
}
