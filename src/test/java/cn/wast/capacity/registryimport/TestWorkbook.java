package cn.wast.capacity.registryimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as the office fills one in Excel: the template's headers, then rows of text, whole
 * numbers and real date cells ({@link LocalDate}).
 */
final class TestWorkbook {

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle dateStyle = workbook.createCellStyle();

  TestWorkbook() {
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  TestWorkbook sheet(String name, List<String> headers, List<List<Object>> rows) {
    Sheet sheet = workbook.createSheet(name);
    write(sheet.createRow(0), new ArrayList<>(headers));
    for (int r = 0; r < rows.size(); r++) {
      write(sheet.createRow(r + 1), rows.get(r));
    }
    return this;
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      workbook.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Row row, List<?> values) {
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(c);
      if (value instanceof LocalDate day) {
        cell.setCellValue(day);
        cell.setCellStyle(dateStyle);
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else {
        cell.setCellValue(value.toString());
      }
    }
  }

  /** The rows of one sheet of a downloaded workbook, as text (numbers whole, dates as typed). */
  static List<List<String>> rowsOf(byte[] xlsx, String sheetName) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet(sheetName);
      if (sheet == null) {
        throw new AssertionError("no sheet " + sheetName);
      }
      List<List<String>> rows = new ArrayList<>();
      org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
          cells.add(formatter.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> sheetNames(byte[] xlsx) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
