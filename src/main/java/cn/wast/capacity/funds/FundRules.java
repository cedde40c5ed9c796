package cn.wast.capacity.funds;

import cn.wast.capacity.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-FUND-1, R-FUND-3: the checks every budget line and every expense line passes before it
 * reaches the office. A line serves a capacity (C1..C4) under a category of business work, with
 * a purpose that says what the money does, and a positive amount (R-FUND-1); neither its
 * purpose nor its category may name a use the funds never pay for (R-FUND-3). A plan's lines
 * add up to the award exactly.
 */
public final class FundRules {

  static final int MIN_PURPOSE = 6;
  static final int MAX_PURPOSE = 500;

  private FundRules() {}

  public static List<LineProblem> check(int number, BudgetLine line) {
    List<LineProblem> problems = new ArrayList<>();
    if (line.capacity() == null) {
      problems.add(new LineProblem(number, "R-FUND-1", "请选择该项经费服务的能力（C1 至 C4）：专项经费只能用于四项能力相关的业务工作"));
    }
    if (line.category() == null) {
      problems.add(new LineProblem(number, "R-FUND-1", "请选择支出类别"));
    }
    String purpose = line.purpose() == null ? "" : line.purpose().strip();
    if (purpose.length() < MIN_PURPOSE) {
      problems.add(new LineProblem(number, "R-FUND-1", "请写明用途（至少 " + MIN_PURPOSE + " 个字），说明开展哪项业务工作"));
    } else if (purpose.length() > MAX_PURPOSE) {
      problems.add(new LineProblem(number, "R-FUND-1", "用途不能超过 " + MAX_PURPOSE + " 个字"));
    }
    ForbiddenUse.in(purpose).ifPresent(match -> problems.add(new LineProblem(number, "R-FUND-3",
        "用途中的“" + match.word() + "”属于" + match.use().label() + "，专项经费不得用于" + match.use().label())));
    if (line.amount() == null) {
      problems.add(new LineProblem(number, "R-FUND-1", "请填写金额（数字，单位元）"));
    } else if (line.amount().signum() <= 0) {
      problems.add(new LineProblem(number, "R-FUND-1", "金额须大于 0"));
    } else if (line.amount().scale() > 2) {
      problems.add(new LineProblem(number, "R-FUND-1", "金额最多两位小数（元）"));
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
   * The lines the rules cannot place with confidence: not refused, put before the office. A
   * refused line is never also flagged.
   */
  public static List<LineFlag> flags(List<BudgetLine> lines) {
    List<LineFlag> flags = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (line.category() == SpendingCategory.OTHER && check(i + 1, line).isEmpty()) {
        flags.add(new LineFlag(i + 1, "选择“其他”科目的支出须由专项办公室判断是否属于项目业务"));
      }
    }
    return flags;
  }
}
