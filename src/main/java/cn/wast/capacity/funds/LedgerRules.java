package cn.wast.capacity.funds;

import cn.wast.capacity.review.Capacity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R-FUND-2, R-FUND-1, R-FUND-3: the checks on the project's expense ledger: every line as a
 * budget line, dated within the project period, booked under its own voucher number, and the
 * society's confirmation that the project is accounted separately.
 */
public final class LedgerRules {

  /** The ledger's column naming the budget line, as the report forms label it. */
  static final String BUDGET_LINE = "对应的预算行";

  private LedgerRules() {}

  /**
   * The ledger's lines the office must look at, as for a plan's lines ({@link FundRules#flags}); a
   * line refused as a budget line is not flagged.
   */
  public static List<LineFlag> flags(List<ExpenseLine> ledger) {
    return FundRules.flags(ledger.stream().map(ExpenseLine::spending).toList());
  }

  /**
   * @param periodStart the implementation period's first day
   * @param periodEnd its last day
   * @param today no expense may be dated later: the ledger reports what was spent
   */
  public static List<LineProblem> check(List<ExpenseLine> ledger, LocalDate periodStart, LocalDate periodEnd,
      LocalDate today, boolean separateAccountsConfirmed) {
    List<LineProblem> problems = new ArrayList<>();
    if (!separateAccountsConfirmed) {
      problems.add(new LineProblem(0, "R-FUND-2", "请确认专项经费单独核算、专款专用"));
    }
    Map<String, Integer> vouchers = new HashMap<>();
    for (int i = 0; i < ledger.size(); i++) {
      int number = i + 1;
      ExpenseLine line = ledger.get(i);
      problems.addAll(FundRules.check(number, line.spending()));
      if (line.date() == null) {
        problems.add(LineProblem.form(number, "请填写“支出日期”"));
      } else if (line.date().isBefore(periodStart) || line.date().isAfter(periodEnd)) {
        problems.add(new LineProblem(number, "R-FUND-2", "支出日期 " + line.date() + " 不在项目实施期（" + periodStart
            + " 至 " + periodEnd + "）内"));
      } else if (line.date().isAfter(today)) {
        problems.add(new LineProblem(number, "R-FUND-2", "支出日期 " + line.date() + " 晚于今天（" + today
            + "），台账只能填写已经发生的支出"));
      }
      String voucher = VoucherNumber.of(line.voucherNumber());
      if (voucher.isEmpty()) {
        problems.add(LineProblem.form(number, "请填写“凭证号”"));
      } else if (voucher.length() > VoucherNumber.MAX_LENGTH) {
        problems.add(LineProblem.form(number, "“凭证号”不能超过 " + VoucherNumber.MAX_LENGTH + " 个字符"));
      } else {
        Integer first = vouchers.putIfAbsent(voucher, number);
        if (first != null) {
          problems.add(new LineProblem(number, "R-FUND-2", "凭证号 " + voucher + " 与第 " + first + " 行重复"));
        }
      }
    }
    return problems;
  }

  /**
   * R-FUND-4: every line names a line of the filed plan, one serving the line's capacity. Another
   * item than the budget line's is not refused but flagged ({@link LedgerFlags}).
   */
  public static List<LineProblem> budgetLines(List<ExpenseLine> ledger, List<BudgetLine> plan) {
    List<LineProblem> problems = new ArrayList<>();
    for (int i = 0; i < ledger.size(); i++) {
      int number = i + 1;
      ExpenseLine line = ledger.get(i);
      Integer budgetLine = line.budgetLine();
      if (budgetLine == null) {
        problems.add(LineProblem.form(number, "请选择“" + BUDGET_LINE + "”"));
      } else if (budgetLine < 1 || budgetLine > plan.size()) {
        problems.add(LineProblem.form(number, "“" + BUDGET_LINE + "”须是备案的经费使用计划中的一行（共 " + plan.size()
            + " 行），请从列表中选择"));
      } else if (line.spending().capacity() != null && plan.get(budgetLine - 1).capacity() != line.spending().capacity()) {
        Capacity planned = plan.get(budgetLine - 1).capacity();
        problems.add(new LineProblem(number, "R-FUND-4", "所选预算第 " + budgetLine + " 行服务 " + planned.name() + " "
            + planned.label() + "，本行“服务的能力”是 " + line.spending().capacity().name() + " "
            + line.spending().capacity().label() + "：请选择服务同一能力的预算行"));
      }
    }
    return problems;
  }
}
