package cn.wast.capacity.funds;

import cn.wast.capacity.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-FUND-1, R-FUND-3: the checks every budget line and every expense line passes before it
 * reaches the office. A line serves a capacity (C1..C4) under a standard expense item that may
 * serve it (R-FUND-1); its item is no forbidden one, and its purpose, read against the item, names
 * no use the funds never pay for (R-FUND-3) ({@link ExpenseRules}). A line the rules cannot place
 * with confidence is not refused but flagged for the office ({@link #flags}). The form's own
 * checks (a field left empty, the purpose's length, the amount) come under no rule. A plan's lines
 * add up to the award exactly (R-IMP-1).
 */
public final class FundRules {

  static final int MAX_PURPOSE = 500;

  private FundRules() {}

  public static List<LineProblem> check(int number, BudgetLine line) {
    ExpenseRules rules = ExpenseRules.current();
    List<LineProblem> problems = new ArrayList<>();
    if (line.capacity() == null) {
      problems.add(LineProblem.form(number, "请选择“服务的能力”（C1 至 C4）"));
    }
    Optional<ExpenseItem> item = rules.item(line.category());
    if (line.category() == null || line.category().isBlank()) {
      problems.add(LineProblem.form(number, "请选择“支出科目”"));
    } else if (item.isEmpty()) {
      problems.add(LineProblem.form(number, "请从列表中选择“支出科目”"));
    }
    String purpose = line.purpose() == null ? "" : line.purpose().strip();
    if (purpose.isEmpty()) {
      problems.add(LineProblem.form(number, "请填写“用途”，说明开展哪项业务工作"));
    } else if (purpose.length() > MAX_PURPOSE) {
      problems.add(LineProblem.form(number, "“用途”不能超过 " + MAX_PURPOSE + " 个字"));
    }
    item.ifPresent(i -> rules.refusals(i, line.capacity(), purpose)
        .forEach(r -> problems.add(new LineProblem(number, r.ruleId(), r.reason()))));
    if (line.amount() == null) {
      problems.add(LineProblem.form(number, "请填写“金额（元）”（数字）"));
    } else if (line.amount().signum() <= 0) {
      problems.add(LineProblem.form(number, "“金额（元）”须大于 0"));
    } else if (Numbers.decimals(line.amount()) > 2) {
      problems.add(LineProblem.form(number, "“金额（元）”最多两位小数"));
    }
    return problems;
  }

  /** Every line checked, then the total against the award. */
  public static List<LineProblem> checkPlan(List<BudgetLine> lines, BigDecimal award) {
    List<LineProblem> problems = new ArrayList<>();
    if (lines.isEmpty()) {
      problems.add(new LineProblem(0, "R-IMP-1", "经费使用计划至少要有一行"));
      return problems;
    }
    for (int i = 0; i < lines.size(); i++) {
      problems.addAll(check(i + 1, lines.get(i)));
    }
    BigDecimal total = lines.stream().map(BudgetLine::amount).filter(a -> a != null && a.signum() > 0)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(award) != 0) {
      problems.add(new LineProblem(0, "R-IMP-1", "各行金额合计 " + Numbers.yuan(total) + "，须等于奖励补助金额 "
          + Numbers.yuan(award)));
    }
    return problems;
  }

  /**
   * The lines of a plan the office must look at, each with why: a flagged item (其他 always), a
   * doubtful word in the purpose, a purpose that names another item. A refused line is not flagged.
   */
  public static List<LineFlag> flags(List<BudgetLine> lines) {
    ExpenseRules rules = ExpenseRules.current();
    List<LineFlag> flags = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (check(i + 1, line).isEmpty()) {
        int number = i + 1;
        rules.doubts(rules.item(line.category()).orElseThrow(), line.purpose())
            .forEach(reason -> flags.add(new LineFlag(number, reason)));
      }
    }
    return flags;
  }
}
