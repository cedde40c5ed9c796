package cn.wast.capacity.funds;

import cn.wast.capacity.Numbers;
import static cn.wast.capacity.Markdown.escape;
import static cn.wast.capacity.Markdown.paragraphs;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** R-IMP-1, R-FUND-4: the plan as the office's filing form shows it, with the budget by capacity. */
final class FundPlanMarkdown {

  private FundPlanMarkdown() {}

  static String of(FundPlanForm plan, BigDecimal award) {
    StringBuilder text = new StringBuilder();
    text.append("### 工作思路\n\n").append(paragraphs(plan.workApproach().orElse(""))).append("\n\n");
    text.append("### 发展重点\n\n").append(paragraphs(plan.priorities().orElse(""))).append("\n\n");
    text.append("### 进度安排\n\n").append(plan.milestones().stream()
        .map(m -> "- " + m.dueOn() + "：" + escape(m.milestone())).collect(Collectors.joining("\n"))).append("\n\n");
    text.append("### 年度考核指标\n\n").append(plan.indicators().stream()
        .map(i -> "- " + escape(i.measure()) + "：目标 " + escape(i.target())).collect(Collectors.joining("\n")))
        .append("\n\n");
    List<BudgetLine> lines = plan.budgetLines();
    text.append("### 经费预算（奖励补助 ").append(Numbers.yuan(award)).append("）\n\n");
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      text.append(i + 1).append(". ").append(line.capacity().name()).append(" ").append(escape(ExpenseRules.current().name(line.category())))
          .append("：").append(escape(line.purpose())).append("，").append(Numbers.yuan(line.amount())).append("\n");
    }
    FundTracking byCapacity = FundTracking.of(lines, List.of());
    text.append("\n### 按能力汇总\n\n").append(byCapacity.byCapacity().entrySet().stream()
        .map(e -> "- " + e.getKey().name() + " " + e.getKey().label() + "：" + Numbers.yuan(e.getValue().planned()))
        .collect(Collectors.joining("\n")));
    return text.toString();
  }
}
