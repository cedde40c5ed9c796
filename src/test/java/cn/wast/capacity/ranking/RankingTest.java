package cn.wast.capacity.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.ranking.Ranking.Ranked;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-EVAL-1: the ranking under the quota, and ties across the quota boundary. */
@DisplayName("R-EVAL-1: ranking under the quota")
class RankingTest {

  private static Ranked app(String key, String composite) {
    return new Ranked(key, new BigDecimal(composite));
  }

  private static List<String> keys(List<Ranked> ranked) {
    return ranked.stream().map(Ranked::applicationKey).toList();
  }

  @Test
  @DisplayName("the highest composites within the quota are proposed")
  void highestWithinQuota() {
    Ranking ranking = Ranking.of(List.of(app("A", "70"), app("B", "90"), app("C", "80"), app("D", "60")), 2);

    assertThat(keys(ranking.ordered())).containsExactly("B", "C", "A", "D");
    assertThat(keys(ranking.proposed())).containsExactly("B", "C");
    assertThat(ranking.boundaryTie()).isEmpty();
  }

  @Test
  @DisplayName("a tie inside the list is no problem")
  void tieInsideTheList() {
    Ranking ranking = Ranking.of(List.of(app("A", "90"), app("B", "90"), app("C", "80")), 2);

    assertThat(keys(ranking.proposed())).containsExactly("A", "B");
    assertThat(ranking.boundaryTie()).isEmpty();
  }

  @Test
  @DisplayName("a tie across the boundary is named, never broken")
  void tieAcrossTheBoundary() {
    Ranking ranking = Ranking.of(
        List.of(app("A", "95"), app("B", "88.50"), app("C", "88.5"), app("D", "88.50"), app("E", "70")), 2);

    assertThat(keys(ranking.proposed())).containsExactly("A");
    assertThat(ranking.boundaryTie()).get().satisfies(tie -> {
      assertThat(keys(tie.tied())).containsExactly("B", "C", "D");
      assertThat(tie.placesLeft()).isEqualTo(1);
      assertThat(tie.composite()).isEqualByComparingTo("88.5");
    });
  }

  @Test
  @DisplayName("fewer applications than the quota: all are proposed")
  void fewerThanQuota() {
    Ranking ranking = Ranking.of(List.of(app("A", "50"), app("B", "50")), 5);

    assertThat(keys(ranking.proposed())).containsExactly("A", "B");
    assertThat(ranking.boundaryTie()).isEmpty();
  }
}
