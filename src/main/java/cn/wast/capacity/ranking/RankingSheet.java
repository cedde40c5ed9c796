package cn.wast.capacity.ranking;

import static cn.wast.capacity.Markdown.escape;
import static cn.wast.capacity.Numbers.plain;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.review.AssignmentStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * R-EVAL-1: the ranking sheet (排名表) of a round: every ranked application with its composite
 * score, rank and whether it was proposed, and under it every expert's scores, including the
 * experts who stepped aside or were replaced, with why.
 */
public record RankingSheet(int year, int quota, List<Row> rows) {

  /** One application on the sheet. */
  public record Row(
      int ranking, String societyName, String applicationKey, BigDecimal composite, int scoredBy,
      boolean proposed, String tieNote, List<ExpertScore> experts) {}

  /** One expert's assignment to the application; the scores are null unless it was scored. */
  public record ExpertScore(
      String expertName, AssignmentStatus status, BigDecimal c1, BigDecimal c2, BigDecimal c3, BigDecimal c4,
      BigDecimal weightedTotal, String comment, String endedReason) {}

  /**
   * For the confirmation form: headings, bullets and bold only, every datum escaped; a large
   * round's form shows the rows from the top that fit and leaves the rest to the spreadsheet.
   */
  public String markdown() {
    return Markdown.fitting("### " + year + " 年度排名表（奖励名额 " + quota + " 个）\n\n",
        rows.stream().map(RankingSheet::markdown).toList(),
        omitted -> "\n\n其余 " + omitted + " 家从略，完整排名表请下载 Excel。");
  }

  private static String markdown(Row row) {
    StringBuilder text = new StringBuilder("- **第" + row.ranking() + "名 " + escape(row.societyName()) + "**（"
        + escape(row.applicationKey()) + "）综合得分 " + Numbers.score(row.composite()) + "，" + row.scoredBy()
        + " 位专家评分" + (row.proposed() ? "，**拟表彰**" : ""));
    if (row.tieNote() != null) {
      text.append("\n  - 并列处理：").append(escape(row.tieNote()));
    }
    for (ExpertScore score : row.experts()) {
      text.append("\n  - ").append(escape(score.expertName())).append("：");
      if (score.status() == AssignmentStatus.SCORED) {
        text.append("C1 ").append(plain(score.c1())).append(" / C2 ").append(plain(score.c2()))
            .append(" / C3 ").append(plain(score.c3())).append(" / C4 ").append(plain(score.c4()))
            .append("，加权 ").append(score.weightedTotal().toPlainString());
      } else {
        text.append(score.status().label());
        if (score.endedReason() != null) {
          text.append("（").append(escape(score.endedReason())).append("）");
        }
      }
    }
    return text.toString();
  }
}
