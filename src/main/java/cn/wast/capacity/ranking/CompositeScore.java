package cn.wast.capacity.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * R-EVAL-1: an application's composite score from its experts' weighted totals: their mean,
 * leaving out the single highest and the single lowest total when five or more experts scored.
 * Kept to two decimals, half up, so that equal scores are equal and ties are seen as ties.
 */
public final class CompositeScore {

  /** From this many totals on, the highest and the lowest are left out. */
  public static final int TRIM_FROM = 5;

  private CompositeScore() {}

  public static BigDecimal of(List<BigDecimal> weightedTotals) {
    if (weightedTotals.isEmpty()) {
      throw new IllegalArgumentException("no expert has scored this application");
    }
    List<BigDecimal> counted = new ArrayList<>(weightedTotals);
    if (counted.size() >= TRIM_FROM) {
      Collections.sort(counted);
      counted = counted.subList(1, counted.size() - 1);
    }
    BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
  }
}
