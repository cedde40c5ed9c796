package cn.wast.capacity.funds;

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

  private LedgerRules() {}

  /**
   * The ledger's lines the office must look at, as for a plan's lines ({@link FundRules#flags}); a
   * line refused as a budget line is not flagged.
   */
  public static List<LineFlag> flags(List<ExpenseLine> ledger) {
    return FundRules.flags(ledger.stream().map(ExpenseLine::spending).toList());
  }

  public static List<LineProblem> check(List<ExpenseLine> ledger, LocalDate periodStart, LocalDate periodEnd,
      boolean separateAccountsConfirmed) {
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
}
