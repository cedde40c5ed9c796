package cn.wast.capacity.funds;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.review.Capacity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * R-FUND-4 (追踪问效): the ledger against the plan, capacity by capacity and budget line by budget
 * line: planned, spent, and the share of the plan spent, for the office's check. Ledger lines that
 * name no budget line (reported before lines named one) count for their capacity only.
 */
public record FundTracking(Map<Capacity, Row> byCapacity, List<LineSpend> byLine, BigDecimal planned,
    BigDecimal spent) {

  /** One capacity: planned, spent, and spent as a percentage of planned (null when nothing was planned). */
  public record Row(BigDecimal planned, BigDecimal spent, BigDecimal percent) {}

  /** One budget line of the filed plan (its number from 1) and what the ledger spent under it. */
  public record LineSpend(int number, BudgetLine planned, BigDecimal spent) {

    public BigDecimal percent() {
      return FundTracking.percent(spent, planned.amount());
    }

    public BigDecimal excess() {
      return spent.subtract(planned.amount()).max(BigDecimal.ZERO);
    }

    /** 第 1 行 C1 · 会议费 · 药学学术年会会务 */
    public String label() {
      return "第 " + number + " 行 " + planned.capacity().name() + " · " + ExpenseRules.current().name(planned.category())
          + " · " + planned.shortPurpose();
    }
  }

  public static FundTracking of(List<BudgetLine> plan, List<ExpenseLine> ledger) {
    Map<Capacity, BigDecimal> planned = sum(plan.stream());
    Map<Capacity, BigDecimal> spent = sum(ledger.stream().map(ExpenseLine::spending));
    Map<Capacity, Row> rows = new EnumMap<>(Capacity.class);
    for (Capacity capacity : Capacity.values()) {
      BigDecimal p = planned.getOrDefault(capacity, BigDecimal.ZERO);
      BigDecimal s = spent.getOrDefault(capacity, BigDecimal.ZERO);
      rows.put(capacity, new Row(p, s, percent(s, p)));
    }
    List<LineSpend> byLine = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      int number = i + 1;
      byLine.add(new LineSpend(number, plan.get(i), ledger.stream()
          .filter(l -> Integer.valueOf(number).equals(l.budgetLine()) && l.spending().amount() != null)
          .map(l -> l.spending().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
    return new FundTracking(rows, List.copyOf(byLine), total(planned), total(spent));
  }

  /** Budget lines under which more was spent than budgeted. */
  public List<LineSpend> overspentLines() {
    return byLine.stream().filter(l -> l.excess().signum() > 0).toList();
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

  /**
   * As the check form shows it: one line per capacity, then one per budget line, as many as fit
   * in a form variable (the 经费跟踪 sheet lists them all).
   */
  public String markdown() {
    String capacities = byCapacity.entrySet().stream()
        .map(e -> "- " + e.getKey().name() + " " + e.getKey().label() + "：计划 " + Numbers.yuan(e.getValue().planned())
            + "，已支出 " + Numbers.yuan(e.getValue().spent())
            + (e.getValue().percent() == null ? "" : "（" + e.getValue().percent().toPlainString() + "%）")
            + (e.getValue().spent().compareTo(e.getValue().planned()) > 0 ? "，**超出计划**" : ""))
        .collect(Collectors.joining("\n"))
        + "\n- 合计：计划 " + Numbers.yuan(planned) + "，已支出 " + Numbers.yuan(spent);
    if (byLine.isEmpty()) {
      return capacities;
    }
    return Markdown.fitting(capacities + "\n\n按预算行：\n", byLine.stream()
        .map(l -> "- " + Markdown.escape(l.label()) + "：预算 " + Numbers.yuan(l.planned().amount()) + "，已支出 "
            + Numbers.yuan(l.spent()) + (l.percent() == null ? "" : "（" + l.percent().toPlainString() + "%）")
            + (l.excess().signum() > 0 ? "，**超出预算 " + Numbers.yuan(l.excess()) + "**" : ""))
        .toList(), omitted -> "\n\n另有 " + omitted + " 个预算行未能在此列出：请在专项报表“经费跟踪”中查看。");
  }

  private static Map<Capacity, BigDecimal> sum(Stream<BudgetLine> lines) {
    return lines.filter(l -> l.capacity() != null && l.amount() != null)
        .collect(Collectors.groupingBy(BudgetLine::capacity, () -> new EnumMap<>(Capacity.class),
            Collectors.reducing(BigDecimal.ZERO, BudgetLine::amount, BigDecimal::add)));
  }

  private static BigDecimal total(Map<Capacity, BigDecimal> amounts) {
    return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
