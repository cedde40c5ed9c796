package cn.wast.capacity.registryimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading an uploaded workbook into rows of text, and what keeps a file from being read. */
class UploadedWorkbookTest {

  @Test
  @DisplayName("Cells are read as typed: Excel dates as 2026-03-01, whole numbers without decimals; blank rows are skipped")
  void cellsAsText() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(List.of("51420100MJ8880001X", "学会", 2025, LocalDate.of(2026, 3, 1), "2026/3/15")));
    rows.add(new ArrayList<>());
    rows.add(new ArrayList<>(List.of("51420100MJ8880001X", "学会", 2024)));
    byte[] file = new TestWorkbook().sheet("工作报告", FactSheet.WORK_REPORT.headers(), rows)
        .sheet("别的表", List.of("随便"), List.of()).bytes();

    UploadedWorkbook read = UploadedWorkbook.read(file, EnumSet.allOf(FactSheet.class));

    assertThat(read.problems()).isEmpty();
    assertThat(read.rows()).containsExactly(
        new SheetRow(FactSheet.WORK_REPORT, 2, List.of("51420100MJ8880001X", "学会", "2025", "2026-03-01", "2026/3/15")),
        new SheetRow(FactSheet.WORK_REPORT, 4, List.of("51420100MJ8880001X", "学会", "2024", "", "")));
  }

  @Test
  @DisplayName("Changed headers, no known sheet, no rows and a file that is no .xlsx are said in Chinese")
  void unreadableFiles() {
    byte[] renamed = new TestWorkbook().sheet("年检结果", List.of("代码", "名称", "年度", "结果"),
        List.of(List.of("x", "y", 2025, "合格"))).bytes();
    assertThat(UploadedWorkbook.read(renamed, EnumSet.allOf(FactSheet.class)).problems())
        .containsExactly("工作表“年检结果”的第一行应为表头：信用代码、学会名称、年度、结果（请使用下载的模板，不要改动表头）");
    assertThat(UploadedWorkbook.read(renamed, EnumSet.of(FactSheet.FRAUD_BAN)).problems())
        .containsExactly("文件中没有可导入的工作表，应有：失信惩戒");
    byte[] empty = new TestWorkbook().sheet("年检结果", FactSheet.INSPECTION.headers(), List.of()).bytes();
    assertThat(UploadedWorkbook.read(empty, EnumSet.allOf(FactSheet.class)).problems())
        .containsExactly("文件中没有数据行：请在表头下方逐行填写");
    assertThat(UploadedWorkbook.read("信用代码,年度".getBytes(), EnumSet.allOf(FactSheet.class)).problems())
        .containsExactly("无法读取该文件：请上传用模板填写的 Excel 文件（.xlsx）");
  }
}
