package cn.wast.capacity.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.review.AssignmentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-EVAL-1: the ranking sheet on the confirmation form fits a process variable however large the round. */
@DisplayName("R-EVAL-1: ranking sheet on the form")
class RankingSheetMarkdownTest {

  private static RankingSheet sheetOf(int applications) {
    BigDecimal score = new BigDecimal("80.00");
    List<RankingSheet.ExpertScore> experts = IntStream.rangeClosed(1, 5)
        .mapToObj(i -> new RankingSheet.ExpertScore("专家" + i, AssignmentStatus.SCORED, score, score, score, score,
            score, "材料翔实。", null))
        .toList();
    return new RankingSheet(2026, 10, IntStream.rangeClosed(1, applications)
        .mapToObj(i -> new RankingSheet.Row(i, "学会" + i, "APP-2026-S" + i, score, 5, i <= 10, null, experts))
        .toList());
  }

  @Test
  @DisplayName("a small round: every row, no note")
  void smallRoundWhole() {
    String markdown = sheetOf(3).markdown();
    assertThat(markdown).contains("第1名 学会1", "第3名 学会3").doesNotContain("从略");
  }

  @Test
  @DisplayName("a round of 1,000: the top rows that fit, and how many are left to the spreadsheet")
  void largeRoundCut() {
    String markdown = sheetOf(1000).markdown();
    assertThat(markdown.length()).isLessThanOrEqualTo(Markdown.MAX_VARIABLE_LENGTH);
    assertThat(markdown).contains("第1名 学会1**", "下载 Excel").doesNotContain("第1000名");
    int shown = (int) markdown.lines().filter(line -> line.startsWith("- **第")).count();
    assertThat(markdown).contains("其余 " + (1000 - shown) + " 家从略");
  }
}
