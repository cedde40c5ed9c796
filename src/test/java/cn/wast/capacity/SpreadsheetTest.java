package cn.wast.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that looks like a formula is written as text: Excel shows it and never computes it. */
class SpreadsheetTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"点此\")", "+1+1", "-2+3", "@SUM(A1:A2)", "=cmd|' /C calc'!A0"})
  void textStartingAsAFormulaStaysText(String typed) throws IOException {
    byte[] bytes;
    try (Spreadsheet sheet = new Spreadsheet()) {
      bytes = sheet.sheet("排名表", List.of("学会"), List.<List<Object>>of(List.of(typed))).bytes();
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Cell cell = workbook.getSheet("排名表").getRow(1).getCell(0);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo(typed);
    }
  }
}
