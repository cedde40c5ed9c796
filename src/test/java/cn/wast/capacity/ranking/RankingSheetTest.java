package cn.wast.capacity.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wast.capacity.Spreadsheet;
import cn.wast.capacity.access.DemoUsers;
import cn.wast.capacity.review.ReviewAssignment;
import cn.wast.capacity.review.ReviewAssignments;
import cn.wast.capacity.support.ReviewTestBase;
import cn.wast.capacity.support.WebappSession;
import cn.wast.capacity.support.WebappSession.Response;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R-EVAL-1: the ranking sheet of a round scored through the engine: on the confirmation form,
 * and as a spreadsheet for the office and auditors only.
 */
class RankingSheetTest extends ReviewTestBase {



  /**
   * Two applications, five experts each. WHLX's experts give weighted totals 90, 80, 70, 60, 50
   * (composite 70.00: the 90 and the 50 left out); WHSX's all give 85 (composite 85.00).
   */
  private ProcessInstance rankedRound() {
    ProcessInstance round = roundWithAccepted(List.of("WHLX", "WHSX"), 1);
    formCommittee(round, EXPERTS, 5);
    double[] whlx = {90, 80, 70, 60, 50};
    int next = 0;
    for (ReviewAssignment seat : assignments.findByApplication(applicationKey("WHLX"))) {
      score(seat.expertId(), scoringTask(seat.expertId(), seat.applicationKey()), scores(whlx[next++]));
    }
    for (ReviewAssignment seat : assignments.findByApplication(applicationKey("WHSX"))) {
      score(seat.expertId(), scoringTask(seat.expertId(), seat.applicationKey()), scores(85));
    }
    executeDueJobs();
    assertThat(round).isWaitingAt("ConfirmProposedList");
    return round;
  }

  @Autowired ReviewAssignments assignments;

  @Test
  @DisplayName("R-EVAL-1: the confirmation form shows every application, every expert's scores and the composite")
  void confirmationFormShowsTheSheet() {
    ProcessInstance round = rankedRound();
    Task confirm = officeTask(round, "ConfirmProposedList");
    String sheet = as(OFFICE, () -> (String) taskService.getVariable(confirm.getId(), "rankingSheet"));
    assertThat(sheet).contains(
        "**第1名 武汉数学学会**（APP\\-" + year() + "\\-WHSX）综合得分 85.00，5 位专家评分，**拟表彰**",
        "**第2名 武汉力学学会**（APP\\-" + year() + "\\-WHLX）综合得分 70.00，5 位专家评分",
        "C1 90 / C2 90 / C3 90 / C4 90，加权 90.00",
        "C1 50 / C2 50 / C3 50 / C4 50，加权 50.00");
    assertThat(as(OFFICE, () -> taskService.getVariable(confirm.getId(), "rankingSheetLink")))
        .isEqualTo("/review/ranking-sheet/" + year() + ".xlsx");
  }

  @Test
  @DisplayName("R-EVAL-1: the spreadsheet holds the ranking and every expert's scores, cell by cell, in Chinese")
  void spreadsheetCellByCell() throws Exception {
    rankedRound();
    Response response = WebappSession.login(port, OFFICE, "demo").get("/review/ranking-sheet/" + year() + ".xlsx");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).get().asString().startsWith(Spreadsheet.MEDIA_TYPE.toString());
    assertThat(URLDecoder.decode(response.header("Content-Disposition").orElseThrow(), StandardCharsets.UTF_8))
        .isEqualTo("attachment; filename*=UTF-8''排名表-" + year() + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet ranking = workbook.getSheet("排名表");
      assertThat(texts(ranking.getRow(0))).containsExactly("名次", "学会", "申报编号", "综合得分", "评分专家数", "是否拟表彰", "并列处理说明", "以往支持情况");
      Row first = ranking.getRow(1);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("武汉数学学会");
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo(applicationKey("WHSX"));
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(85.0);
      assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(5);
      assertThat(first.getCell(5).getStringCellValue()).isEqualTo("是");
      Row second = ranking.getRow(2);
      assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2);
      assertThat(second.getCell(1).getStringCellValue()).isEqualTo("武汉力学学会");
      assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(70.0);
      assertThat(second.getCell(5).getStringCellValue()).isEqualTo("否");
      assertThat(ranking.getRow(3)).isNull();

      Sheet detail = workbook.getSheet("专家评分明细");
      assertThat(texts(detail.getRow(0))).containsExactly("申报编号", "学会", "专家", "状态", "服务创新(C1)",
          "服务社会和政府(C2)", "服务科技工作者(C3)", "自我发展(C4)", "加权总分", "评语", "回避或替换原因");
      assertThat(detail.getLastRowNum()).isEqualTo(10);
      Row top = detail.getRow(6); // the rows follow the ranking: WHSX's five, then WHLX's, by seat
      assertThat(detail.getRow(1).getCell(0).getStringCellValue()).isEqualTo(applicationKey("WHSX"));
      assertThat(detail.getRow(1).getCell(3).getStringCellValue()).isEqualTo("已评分");
      assertThat(detail.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(85.0);
      assertThat(top.getCell(0).getStringCellValue()).isEqualTo(applicationKey("WHLX"));
      assertThat(top.getCell(4).getNumericCellValue()).isEqualTo(90.0);
      assertThat(top.getCell(8).getNumericCellValue()).isEqualTo(90.0);
      assertThat(top.getCell(9).getStringCellValue()).isEqualTo("材料翔实，成效明显。");
      assertThat(detail.getRow(10).getCell(8).getNumericCellValue()).isEqualTo(50.0);
    }
  }

  @Test
  @DisplayName("R-EVAL-1 R-REV-2: only the office and auditors may download the sheet")
  void onlyOfficeAndAuditorsDownload() {
    rankedRound();
    String path = "/review/ranking-sheet/" + year() + ".xlsx";
    assertThat(WebappSession.login(port, "auditor1", "demo", "cockpit").get(path).status()).isEqualTo(200);
    assertThat(WebappSession.login(port, "expert1", "demo").get(path).status()).isEqualTo(403);
    Response society = WebappSession.login(port, DemoUsers.userOf("WHLX"), "demo").get(path);
    assertThat(society.status()).isEqualTo(403);
    assertThat(society.text()).contains("只对专项办公室和审计人员开放");
    Response anonymous = WebappSession.anonymous(port).get(path);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.text()).contains("请先登录");
    assertThat(WebappSession.login(port, OFFICE, "demo").get("/review/ranking-sheet/1999.xlsx").status())
        .isEqualTo(404);
  }

  private static List<String> texts(Row row) {
    List<String> texts = new java.util.ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }
}
