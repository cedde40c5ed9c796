package cn.wast.capacity.ranking;

import cn.wast.capacity.Spreadsheet;
import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.Downloads;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.application.PastSupport;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-EVAL-1: the ranking sheet of a round as a spreadsheet, for the office and the auditors
 * (signed in to the webapps). The experts' names and scores on it are not for anyone else.
 */
@RestController
public class RankingSheetController {

  private final CurrentUser currentUser;
  private final RankingSheets sheets;
  private final Applications applications;
  private final PastSupport histories;

  RankingSheetController(CurrentUser currentUser, RankingSheets sheets, Applications applications,
      PastSupport histories) {
    this.currentUser = currentUser;
    this.sheets = sheets;
    this.applications = applications;
    this.histories = histories;
  }

  public static String path(int year) {
    return "/review/ranking-sheet/" + year + ".xlsx";
  }

  @GetMapping("/review/ranking-sheet/{year}.xlsx")
  ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable int year) {
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty()) {
      return Downloads.refusal(HttpStatus.UNAUTHORIZED, "请先登录任务列表（/camunda/app/tasklist/），再下载排名表。");
    }
    if (!user.get().readsProgrammeRecords()) {
      return Downloads.refusal(HttpStatus.FORBIDDEN, "排名表含专家评分，只对专项办公室和审计人员开放。");
    }
    return sheets.of(year)
        .map(sheet -> ResponseEntity.ok()
            .contentType(Spreadsheet.MEDIA_TYPE)
            .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("排名表-" + year + ".xlsx"))
            .body(RankingSheetWorkbook.write(sheet, key -> applications.find(key)
                .map(a -> histories.before(a.societyCode(), a.roundYear()).text()).orElse(""))))
        .orElseGet(() -> Downloads.refusal(HttpStatus.NOT_FOUND, year + " 年度尚无排名结果。"));
  }
}
