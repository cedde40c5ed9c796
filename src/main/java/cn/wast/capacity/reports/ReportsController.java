package cn.wast.capacity.reports;

import cn.wast.capacity.Spreadsheet;
import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.Downloads;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.ranking.RankingSheetController;
import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.Rounds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The office's reports page ({@code /reports}, linked from Tasklist's menu) and its downloads:
 * per round, the ranking sheet, the award list, fund tracking and the statistics, as .xlsx. For
 * the office and the auditors only.
 */
@Controller
class ReportsController {


  /** A report of a round: its Chinese name, the file's name stem and what makes it. */
  private record Report(String title, String stem, IntFunction<byte[]> workbook) {}

  /** One round's line on the page. */
  record RoundReports(int year, String status, Map<String, String> links) {}

  private final CurrentUser currentUser;
  private final Rounds rounds;
  private final Map<String, Report> reports;

  ReportsController(CurrentUser currentUser, Rounds rounds, OfficeReports office) {
    this.currentUser = currentUser;
    this.rounds = rounds;
    this.reports = Map.of(
        "awards", new Report("表彰名单", "表彰名单", office::awardList),
        "fund-tracking", new Report("经费跟踪", "经费跟踪", office::fundTracking),
        "statistics", new Report("年度统计", "年度统计", office::statistics));
  }

  @GetMapping({"/reports", "/reports/"})
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty() || !user.get().readsProgrammeRecords()) {
      return MessagePage.show(response, model, user.isEmpty() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
          user.isEmpty() ? "请先登录" : "无权访问", user.isEmpty() ? "请先登录任务列表，再打开专项报表。"
              : "专项报表含专家评分和经费数据，只对专项办公室和审计人员开放。", user.isEmpty(), MessagePage.TASKLIST);
    }
    List<RoundReports> lines = rounds.findAll().stream().map(this::line).toList();
    model.addAttribute("rounds", lines);
    return "reports/index";
  }

  @GetMapping("/reports/{year}/{report}.xlsx")
  ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable int year, @PathVariable String report) {
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty()) {
      return Downloads.refusal(HttpStatus.UNAUTHORIZED, "请先登录任务列表（/camunda/app/tasklist/），再下载报表。");
    }
    if (!user.get().readsProgrammeRecords()) {
      return Downloads.refusal(HttpStatus.FORBIDDEN, "专项报表只对专项办公室和审计人员开放。");
    }
    Report wanted = reports.get(report);
    if (wanted == null || rounds.find(year).isEmpty()) {
      return Downloads.refusal(HttpStatus.NOT_FOUND, "没有这份报表：" + year + " 年度" + (wanted == null ? "" : wanted.title()));
    }
    return ResponseEntity.ok()
        .contentType(Spreadsheet.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(wanted.stem() + "-" + year + ".xlsx"))
        .body(wanted.workbook().apply(year));
  }

  private RoundReports line(Round round) {
    Map<String, String> links = new java.util.LinkedHashMap<>();
    links.put("排名表", RankingSheetController.path(round.year()));
    links.put("表彰名单", "/reports/" + round.year() + "/awards.xlsx");
    links.put("经费跟踪", "/reports/" + round.year() + "/fund-tracking.xlsx");
    links.put("年度统计", "/reports/" + round.year() + "/statistics.xlsx");
    return new RoundReports(round.year(), round.status().label(), links);
  }
}
