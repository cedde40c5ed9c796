package cn.wast.capacity;

import org.springframework.http.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The office's spreadsheets (.xlsx, Apache POI): sheets of a bold, frozen Chinese header row and
 * rows of values. Whole numbers stay whole, amounts and scores ({@link BigDecimal}) show two
 * decimals, {@code null} is an empty cell; columns are as wide as their longest text.
 */
public final class Spreadsheet implements AutoCloseable {

  public static final MediaType MEDIA_TYPE =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle header = workbook.createCellStyle();
  private final CellStyle decimal = workbook.createCellStyle();

  public Spreadsheet() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header.setFont(bold);
    decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
  }

  public Spreadsheet sheet(String name, List<String> headers, List<List<Object>> rows) {
    Sheet sheet = workbook.createSheet(name);
    Row top = sheet.createRow(0);
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = top.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(header);
      widths[c] = width(headers.get(c));
    }
    sheet.createFreezePane(0, 1);
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (value instanceof BigDecimal amount) {
          cell.setCellValue(amount.doubleValue());
          cell.setCellStyle(decimal);
        } else if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else {
          cell.setCellValue(value.toString());
        }
        if (c < widths.length) {
          widths[c] = Math.max(widths[c], width(value.toString()));
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(60, widths[c] + 2) * 256);
    }
    return this;
  }

  public byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Characters a column needs: a Chinese character takes two. */
  private static int width(String text) {
    return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
  }
}
