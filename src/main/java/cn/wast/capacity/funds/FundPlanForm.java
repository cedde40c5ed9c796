package cn.wast.capacity.funds;

import cn.wast.capacity.DateInput;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.review.Capacity;
import cn.wast.capacity.rules.RuleClauses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-IMP-1: the fund-management plan as the society typed it: work approach, development
 * priorities, a schedule of milestones, annual assessment indicators (a measure and a target
 * each) and budget lines; and the check of all of it, the budget lines by the fund rules.
 */
public record FundPlanForm(
    Optional<String> workApproach,
    Optional<String> priorities,
    List<Milestone> milestones,
    List<Indicator> indicators,
    List<BudgetLine> budgetLines) {

  static final int MIN_TEXT = 20;
  static final int MAX_TEXT = 4000;
  static final int MAX_ITEM = 200;

  /** A milestone of the schedule; {@code dueOn} is null when missing or no date. */
  public record Milestone(LocalDate dueOn, String milestone) {}

  /** An annual assessment indicator: what is measured, and the target. */
  public record Indicator(String measure, String target) {}

  public static FundPlanForm read(FormValues values) {
    return new FundPlanForm(
        values.text(ImplementationVariables.WORK_APPROACH),
        values.text(ImplementationVariables.PRIORITIES),
        values.rows(ImplementationVariables.MILESTONES).stream()
            .map(row -> new Milestone(date(row.get("dueOn")), row.getOrDefault("milestone", "")))
            .toList(),
        values.rows(ImplementationVariables.INDICATORS).stream()
            .map(row -> new Indicator(row.getOrDefault("measure", ""), row.getOrDefault("target", "")))
            .toList(),
        values.rows(ImplementationVariables.BUDGET_LINES).stream().map(BudgetLine::fromRow).toList());
  }

  /**
   * Every problem, in Chinese: what the plan lacks and each budget line's refusal with its rule id,
   * the form's own checks (lengths, amounts) without one; empty when the plan may go to the office.
   */
  public List<String> problems(BigDecimal award, LocalDate projectStart, LocalDate projectEnd) {
    List<String> problems = new ArrayList<>();
    text(workApproach, "工作思路", problems);
    text(priorities, "发展重点", problems);
    if (milestones.isEmpty()) {
      problems.add(RuleClauses.reason("R-IMP-1", "请填写进度安排，至少一项"));
    }
    for (int i = 0; i < milestones.size(); i++) {
      Milestone m = milestones.get(i);
      if (m.dueOn() == null) {
        problems.add(RuleClauses.reason("R-IMP-1", "进度安排第 " + (i + 1) + " 项：请填写完成日期"));
      } else if (m.dueOn().isBefore(projectStart) || m.dueOn().isAfter(projectEnd)) {
        problems.add(RuleClauses.reason("R-IMP-1", "进度安排第 " + (i + 1) + " 项：完成日期须在实施期（" + projectStart + " 至 " + projectEnd + "）内"));
      }
      if (m.milestone().isBlank()) {
        problems.add(RuleClauses.reason("R-IMP-1", "进度安排第 " + (i + 1) + " 项：请写明工作内容"));
      } else if (m.milestone().length() > MAX_ITEM) {
        problems.add("进度安排第 " + (i + 1) + " 项：“工作内容”不能超过 " + MAX_ITEM + " 字");
      }
    }
    if (indicators.isEmpty()) {
      problems.add(RuleClauses.reason("R-IMP-1", "请填写年度考核指标，至少一项"));
    }
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.measure().isBlank() || indicator.target().isBlank()) {
        problems.add(RuleClauses.reason("R-IMP-1", "考核指标第 " + (i + 1) + " 项：请填写指标和目标值"));
      } else if (indicator.measure().length() > MAX_ITEM || indicator.target().length() > MAX_ITEM) {
        problems.add("考核指标第 " + (i + 1) + " 项：“指标”和“目标值”各不能超过 " + MAX_ITEM + " 字");
      }
    }
    FundRules.checkPlan(budgetLines, award).forEach(p -> problems.add("经费预算" + p.text()));
    return problems;
  }

  private static void text(Optional<String> value, String name, List<String> problems) {
    int length = value.map(String::strip).map(String::length).orElse(0);
    if (length == 0) {
      problems.add(RuleClauses.reason("R-IMP-1", "请填写" + name));
    } else if (length < MIN_TEXT || length > MAX_TEXT) {
      problems.add("“" + name + "”须为 " + MIN_TEXT + " 至 " + MAX_TEXT + " 字，现为 " + length + " 字");
    }
  }

  static BigDecimal amount(String text) {
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static LocalDate date(String text) {
    return DateInput.parse(text).orElse(null);
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
