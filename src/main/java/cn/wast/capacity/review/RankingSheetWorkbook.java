package cn.wast.capacity.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * R-EVAL-1: the ranking sheet as an .xlsx workbook with Chinese headers: 排名表 (one row per
 * application) and 专家评分明细 (one row per expert assignment).
 */
public final class RankingSheetWorkbook {

  static final List<String> RANKING_HEADERS =
      List.of("名次", "学会", "申报编号", "综合得分", "评分专家数", "是否拟表彰", "并列处理说明");
  static final List<String> DETAIL_HEADERS = List.of("申报编号", "学会", "专家", "状态",
      "服务创新(C1)", "服务社会和政府(C2)", "服务科技工作者(C3)", "自我发展(C4)", "加权总分", "评语", "回避或替换原因");

  private RankingSheetWorkbook() {}

  public static byte[] write(RankingSheet sheet) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      Sheet ranking = workbook.createSheet("排名表");
      header(ranking, RANKING_HEADERS, styles);
      int r = 1;
      for (RankingSheet.Row row : sheet.rows()) {
        Row line = ranking.createRow(r++);
        line.createCell(0).setCellValue(row.ranking());
        line.createCell(1).setCellValue(row.societyName());
        line.createCell(2).setCellValue(row.applicationKey());
        number(line, 3, row.composite(), styles);
        line.createCell(4).setCellValue(row.scoredBy());
        line.createCell(5).setCellValue(row.proposed() ? "是" : "否");
        line.createCell(6).setCellValue(row.tieNote() == null ? "" : row.tieNote());
      }
      widths(ranking, 8, 28, 22, 12, 12, 12, 50);

      Sheet detail = workbook.createSheet("专家评分明细");
      header(detail, DETAIL_HEADERS, styles);
      r = 1;
      for (RankingSheet.Row row : sheet.rows()) {
        for (RankingSheet.ExpertScore score : row.experts()) {
          Row line = detail.createRow(r++);
          line.createCell(0).setCellValue(row.applicationKey());
          line.createCell(1).setCellValue(row.societyName());
          line.createCell(2).setCellValue(score.expertName());
          line.createCell(3).setCellValue(score.status().label());
          number(line, 4, score.c1(), styles);
          number(line, 5, score.c2(), styles);
          number(line, 6, score.c3(), styles);
          number(line, 7, score.c4(), styles);
          number(line, 8, score.weightedTotal(), styles);
          line.createCell(9).setCellValue(score.comment() == null ? "" : score.comment());
          line.createCell(10).setCellValue(score.endedReason() == null ? "" : score.endedReason());
        }
      }
      widths(detail, 22, 28, 12, 10, 14, 18, 18, 14, 12, 40, 40);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Styles(CellStyle header, CellStyle number) {
    Styles(XSSFWorkbook workbook) {
      this(workbook.createCellStyle(), workbook.createCellStyle());
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }
  }

  private static void header(Sheet sheet, List<String> headers, Styles styles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      row.createCell(i).setCellValue(headers.get(i));
      row.getCell(i).setCellStyle(styles.header());
    }
    sheet.createFreezePane(0, 1);
  }

  private static void number(Row row, int column, BigDecimal value, Styles styles) {
    var cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(styles.number());
    }
  }

  private static void widths(Sheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
  }
}
