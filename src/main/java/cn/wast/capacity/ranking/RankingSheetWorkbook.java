package cn.wast.capacity.ranking;

import cn.wast.capacity.Spreadsheet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * R-EVAL-1: the ranking sheet as an .xlsx workbook with Chinese headers: 排名表 (one row per
 * application, with the society's support in earlier rounds, R-DYN-1) and 专家评分明细 (one row per expert assignment).
 */
public final class RankingSheetWorkbook {

  static final List<String> RANKING_HEADERS =
      List.of("名次", "学会", "申报编号", "综合得分", "评分专家数", "是否拟表彰", "并列处理说明", "以往支持情况");
  static final List<String> DETAIL_HEADERS = List.of("申报编号", "学会", "专家", "状态",
      "服务创新(C1)", "服务社会和政府(C2)", "服务科技工作者(C3)", "自我发展(C4)", "加权总分", "评语", "回避或替换原因");

  private RankingSheetWorkbook() {}

  /** {@code pastSupport} gives an application's earlier support in words (R-DYN-1), by its key. */
  public static byte[] write(RankingSheet sheet, UnaryOperator<String> pastSupport) {
    List<List<Object>> ranking = new ArrayList<>();
    List<List<Object>> detail = new ArrayList<>();
    for (RankingSheet.Row row : sheet.rows()) {
      ranking.add(java.util.Arrays.asList(row.ranking(), row.societyName(), row.applicationKey(), row.composite(),
          row.scoredBy(), row.proposed() ? "是" : "否", row.tieNote() == null ? "" : row.tieNote(),
          pastSupport.apply(row.applicationKey())));
      for (RankingSheet.ExpertScore score : row.experts()) {
        detail.add(java.util.Arrays.asList(row.applicationKey(), row.societyName(), score.expertName(),
            score.status().label(), score.c1(), score.c2(), score.c3(), score.c4(), score.weightedTotal(),
            score.comment() == null ? "" : score.comment(), score.endedReason() == null ? "" : score.endedReason()));
      }
    }
    try (Spreadsheet book = new Spreadsheet()) {
      return book.sheet("排名表", RANKING_HEADERS, ranking).sheet("专家评分明细", DETAIL_HEADERS, detail).bytes();
    }
  }
}
