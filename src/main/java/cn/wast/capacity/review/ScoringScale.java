package cn.wast.capacity.review;

import static cn.wast.capacity.Numbers.plain;

import cn.wast.capacity.review.ReviewProperties.CapacityScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * R-EVAL-1: the range of each capacity's score and its weight; an expert's weighted total is the
 * sum of each score times its weight, kept to two decimals, half up.
 */
public final class ScoringScale {

  private final Map<Capacity, CapacityScale> capacities;

  public ScoringScale(Map<Capacity, CapacityScale> capacities) {
    this.capacities = new EnumMap<>(capacities);
  }

  public CapacityScale of(Capacity capacity) {
    return capacities.get(capacity);
  }

  public boolean inRange(Capacity capacity, BigDecimal score) {
    CapacityScale scale = of(capacity);
    return score.compareTo(scale.min()) >= 0 && score.compareTo(scale.max()) <= 0;
  }

  /** Whether the score sits at either end of its range, where the form asks for a comment. */
  public boolean atEnd(Capacity capacity, BigDecimal score) {
    CapacityScale scale = of(capacity);
    return score.compareTo(scale.min()) == 0 || score.compareTo(scale.max()) == 0;
  }

  public BigDecimal weightedTotal(Map<Capacity, BigDecimal> scores) {
    return Stream.of(Capacity.values())
        .map(c -> scores.get(c).multiply(of(c).weight()))
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** The ranges and weights as the scoring form shows them. */
  public String guide() {
    return Stream.of(Capacity.values())
        .map(c -> "- " + c.name() + " " + c.label() + "：" + plain(of(c).min()) + "～" + plain(of(c).max())
            + " 分，权重 " + plain(of(c).weight()))
        .collect(Collectors.joining("\n"))
        + "\n\n加权总分 = 各项得分 × 权重之和。任一项打出最低分或最高分时，须填写评语说明理由。";
  }
}
