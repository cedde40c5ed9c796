package cn.wast.capacity.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-EVAL-1: the composite score of one application. */
@DisplayName("R-EVAL-1: composite score")
class CompositeScoreTest {

  private static List<BigDecimal> totals(String... values) {
    return List.of(values).stream().map(BigDecimal::new).toList();
  }

  @Test
  @DisplayName("fewer than five experts: the plain mean")
  void meanOfFewerThanFive() {
    assertThat(CompositeScore.of(totals("80", "90", "70", "100"))).isEqualByComparingTo("85.00");
  }

  @Test
  @DisplayName("five or more experts: highest and lowest left out")
  void trimmedFromFive() {
    assertThat(CompositeScore.of(totals("10", "80", "82", "84", "100"))).isEqualByComparingTo("82.00");
  }

  @Test
  @DisplayName("only one of two equal extremes is left out")
  void oneOfEqualExtremes() {
    assertThat(CompositeScore.of(totals("90", "90", "70", "70", "80"))).isEqualByComparingTo("80.00");
  }

  @Test
  @DisplayName("two decimals, half up")
  void roundedHalfUp() {
    assertThat(CompositeScore.of(totals("80", "80", "81"))).isEqualByComparingTo("80.33");
    assertThat(CompositeScore.of(totals("80.5", "80.5", "81.0", "80.0"))).isEqualByComparingTo("80.50");
  }

  @Test
  @DisplayName("no scores is a programming error, not a zero")
  void noScores() {
    assertThatThrownBy(() -> CompositeScore.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
