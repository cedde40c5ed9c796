package cn.wast.capacity.ranking;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R-EVAL-1: the applications ordered by composite score, highest first; the first {@code quota}
 * form the proposed list. A tie across the quota boundary is never broken here: the tied
 * applications are named, the proposed list holds only those ranked clearly inside the quota,
 * and the office decides the rest.
 */
public record Ranking(List<Ranked> ordered, List<Ranked> proposed, Optional<Tie> boundaryTie) {

  /** An application and its composite score. */
  public record Ranked(String applicationKey, BigDecimal composite) {}

  /** The applications sharing the score that crosses the boundary, and the places left for them. */
  public record Tie(BigDecimal composite, List<Ranked> tied, int placesLeft) {}

  public static Ranking of(List<Ranked> applications, int quota) {
    if (quota < 1) {
      throw new IllegalArgumentException("quota must be at least 1");
    }
    List<Ranked> ordered = applications.stream()
        .sorted(Comparator.comparing(Ranked::composite).reversed().thenComparing(Ranked::applicationKey))
        .toList();
    if (ordered.size() <= quota) {
      return new Ranking(ordered, ordered, Optional.empty());
    }
    BigDecimal last = ordered.get(quota - 1).composite();
    BigDecimal next = ordered.get(quota).composite();
    if (last.compareTo(next) != 0) {
      return new Ranking(ordered, ordered.subList(0, quota), Optional.empty());
    }
    List<Ranked> above = ordered.stream().filter(r -> r.composite().compareTo(last) > 0).toList();
    List<Ranked> tied = ordered.stream().filter(r -> r.composite().compareTo(last) == 0).toList();
    return new Ranking(ordered, above, Optional.of(new Tie(last, tied, quota - above.size())));
  }
}
