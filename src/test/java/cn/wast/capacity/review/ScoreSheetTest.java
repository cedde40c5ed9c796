package cn.wast.capacity.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.review.ReviewProperties.CapacityScale;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-EVAL-1: the scoring form's server-side check and the weighted total. */
class ScoreSheetTest {

  private final ScoringScale scale = scale();

  private static ScoringScale scale() {
    Map<Capacity, CapacityScale> capacities = new EnumMap<>(Capacity.class);
    capacities.put(Capacity.C1, new CapacityScale(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("0.30")));
    capacities.put(Capacity.C2, new CapacityScale(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("0.25")));
    capacities.put(Capacity.C3, new CapacityScale(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("0.25")));
    capacities.put(Capacity.C4, new CapacityScale(new BigDecimal("10"), new BigDecimal("50"), new BigDecimal("0.20")));
    return new ScoringScale(capacities);
  }

  private static Map<String, Object> sheet(Object c1, Object c2, Object c3, Object c4, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put("scoreC1", c1);
    values.put("scoreC2", c2);
    values.put("scoreC3", c3);
    values.put("scoreC4", c4);
    values.put("scoreComment", comment);
    return values;
  }

  private java.util.List<String> problems(Map<String, Object> values) {
    FormValues form = FormValues.of(values);
    return ScoreSheet.read(form).problems(scale, form);
  }

  @Test
  @DisplayName("R-EVAL-1: scores within each configured range, none at an end, need no comment")
  void scoresInRangeAreAccepted() {
    assertThat(problems(sheet(80, 75.5, "90", 30, null))).isEmpty();
  }

  @Test
  @DisplayName("R-EVAL-1: a missing, non-numeric or out-of-range score is named with its capacity and range")
  void badScoresAreNamed() {
    assertThat(problems(sheet(null, "八十", 101, 5, null))).containsExactly(
        "请为C1 服务创新能力打分",
        "C2 服务社会和政府能力：请填写数字，最多 1 位小数",
        "C3 服务科技工作者能力：得分须在 0 至 100 之间",
        "C4 自我发展能力：得分须在 10 至 50 之间");
    assertThat(problems(sheet(80.25, 80, 80, 30, null))).containsExactly("C1 服务创新能力：请填写数字，最多 1 位小数");
  }

  @Test
  @DisplayName("R-EVAL-1: a score at either end of its range needs a comment")
  void endOfRangeNeedsAComment() {
    assertThat(problems(sheet(100, 80, 80, 30, null))).containsExactly("有得分为该项的最低分或最高分，请填写评语说明理由");
    assertThat(problems(sheet(80, 80, 80, 10, " "))).containsExactly("有得分为该项的最低分或最高分，请填写评语说明理由");
    assertThat(problems(sheet(100, 80, 80, 10, "成果突出，但自我发展明显不足。"))).isEmpty();
  }

  @Test
  @DisplayName("R-REV-2: a conflict declaration needs its reason and no scores")
  void conflictNeedsAReason() {
    Map<String, Object> values = sheet(null, null, null, null, null);
    values.put("conflictDeclared", true);
    assertThat(problems(values)).containsExactly("申请回避时，请说明与该学会的利益关联（至少 10 个字）");
    values.put("conflictReason", "本人为该学会理事，任期至明年。");
    assertThat(problems(values)).isEmpty();
  }

  @Test
  @DisplayName("R-EVAL-1: the weighted total is the sum of score times weight, two decimals half up")
  void weightedTotal() {
    Map<Capacity, BigDecimal> scores = new EnumMap<>(Capacity.class);
    scores.put(Capacity.C1, new BigDecimal("85.5"));
    scores.put(Capacity.C2, new BigDecimal("70"));
    scores.put(Capacity.C3, new BigDecimal("90"));
    scores.put(Capacity.C4, new BigDecimal("33.3"));
    // 25.65 + 17.5 + 22.5 + 6.66 = 72.31
    assertThat(scale.weightedTotal(scores)).isEqualByComparingTo("72.31");
  }
}
