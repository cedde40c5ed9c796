package cn.wast.capacity.funds;

import cn.wast.capacity.Numbers;

import cn.wast.capacity.review.Capacity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * R-FUND-4 (追踪问效): the ledger against the plan, capacity by capacity: planned, spent, and the
 * share of the plan spent, for the office's check.
 */
public record FundTracking(Map<Capacity, Row> byCapacity, BigDecimal planned, BigDecimal spent) {

  /** One capacity: planned, spent, and spent as a percentage of planned (null when nothing was planned). */
  public record Row(BigDecimal planned, BigDecimal spent, BigDecimal percent) {}

  public static FundTracking of(List<BudgetLine> plan, List<ExpenseLine> ledger) {
    Map<Capacity, BigDecimal> planned = sum(plan.stream());
    Map<Capacity, BigDecimal> spent = sum(ledger.stream().map(ExpenseLine::spending));
    Map<Capacity, Row> rows = new EnumMap<>(Capacity.class);
    for (Capacity capacity : Capacity.values()) {
      BigDecimal p = planned.getOrDefault(capacity, BigDecimal.ZERO);
      BigDecimal s = spent.getOrDefault(capacity, BigDecimal.ZERO);
      rows.put(capacity, new Row(p, s, percent(s, p)));
    }
    return new FundTracking(rows, total(planned), total(spent));
  }

  /** Spent as a percentage of planned, over all capacities (null when nothing was planned). */
  public BigDecimal percent() {
    return percent(spent, planned);
  }

  /** Capacities where more was spent than planned. */
  public List<Capacity> overspent() {
    return byCapacity.entrySet().stream()
        .filter(e -> e.getValue().spent().compareTo(e.getValue().planned()) > 0)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** As the check form shows it, one line per capacity. */
  public String markdown() {
    return byCapacity.entrySet().stream()
        .map(e -> "- " + e.getKey().name() + " " + e.getKey().label() + "：计划 " + Numbers.yuan(e.getValue().planned())
            + "，已支出 " + Numbers.yuan(e.getValue().spent())
            + (e.getValue().percent() == null ? "" : "（" + e.getValue().percent().toPlainString() + "%）")
            + (e.getValue().spent().compareTo(e.getValue().planned()) > 0 ? "，**超出计划**" : ""))
        .collect(Collectors.joining("\n"))
        + "\n- 合计：计划 " + Numbers.yuan(planned) + "，已支出 " + Numbers.yuan(spent);
  }

  private static Map<Capacity, BigDecimal> sum(Stream<BudgetLine> lines) {
    return lines.filter(l -> l.capacity() != null && l.amount() != null)
        .collect(Collectors.groupingBy(BudgetLine::capacity, () -> new EnumMap<>(Capacity.class),
            Collectors.reducing(BigDecimal.ZERO, BudgetLine::amount, BigDecimal::add)));
  }

  private static BigDecimal total(Map<Capacity, BigDecimal> amounts) {
    return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
