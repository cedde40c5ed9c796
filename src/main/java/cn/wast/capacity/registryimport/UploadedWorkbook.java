package cn.wast.capacity.registryimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded .xlsx read into rows of text, sheet by sheet ({@link FactSheet}); what keeps the
 * file from being read at all (not an .xlsx, no known sheet, wrong headers, too many rows) is
 * said in Chinese as a problem of the file.
 */
record UploadedWorkbook(List<SheetRow> rows, List<String> problems) {

  /** More rows than the office keeps in one file: larger files are split. */
  static final int MAX_ROWS = 5000;

  UploadedWorkbook {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  static UploadedWorkbook read(byte[] bytes, Set<FactSheet> accepted) {
    List<SheetRow> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      boolean found = false;
      for (Sheet sheet : workbook) {
        FactSheet kind = FactSheet.titled(sheet.getSheetName()).filter(accepted::contains).orElse(null);
        if (kind == null) {
          continue;
        }
        found = true;
        List<String> header = texts(sheet.getRow(sheet.getFirstRowNum()), kind.headers().size());
        if (!header.equals(kind.headers())) {
          problems.add("工作表“" + kind.title() + "”的第一行应为表头：" + String.join("、", kind.headers())
              + "（请使用下载的模板，不要改动表头）");
          continue;
        }
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
          List<String> cells = texts(sheet.getRow(r), kind.headers().size());
          if (cells.stream().allMatch(String::isEmpty)) {
            continue;
          }
          rows.add(new SheetRow(kind, r + 1, cells));
        }
      }
      if (!found) {
        problems.add("文件中没有可导入的工作表，应有："
            + String.join("、", accepted.stream().sorted().map(FactSheet::title).toList()));
      } else if (rows.isEmpty() && problems.isEmpty()) {
        problems.add("文件中没有数据行：请在表头下方逐行填写");
      }
      if (rows.size() > MAX_ROWS) {
        problems.add("文件共有 " + rows.size() + " 行数据，一次最多导入 " + MAX_ROWS + " 行，请分成几个文件上传");
      }
    } catch (IOException | RuntimeException e) {
      return new UploadedWorkbook(List.of(), List.of("无法读取该文件：请上传用模板填写的 Excel 文件（.xlsx）"));
    }
    return new UploadedWorkbook(rows, problems);
  }

  private static List<String> texts(Row row, int width) {
    List<String> cells = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      cells.add(row == null ? "" : text(row.getCell(c)));
    }
    return cells;
  }

  private static final DataFormatter FORMATTER = new DataFormatter();

  /** A cell as the office sees it; a date cell as 2026-03-01, a whole number without decimals. */
  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
        return day.toString();
      }
      double value = cell.getNumericCellValue();
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return Double.toString(value);
    }
    if (type == CellType.STRING) {
      return cell.getStringCellValue().strip();
    }
    if (type == CellType.BOOLEAN) {
      return cell.getBooleanCellValue() ? "是" : "否";
    }
    return FORMATTER.formatCellValue(cell).strip();
  }
}
