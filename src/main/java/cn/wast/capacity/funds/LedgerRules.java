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

  static final int MAX_VOUCHER = 50;

  private LedgerRules() {}

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
        problems.add(new LineProblem(number, "R-FUND-2", "请填写支出日期"));
      } else if (line.date().isBefore(periodStart) || line.date().isAfter(periodEnd)) {
        problems.add(new LineProblem(number, "R-FUND-2", "支出日期 " + line.date() + " 不在项目实施期（" + periodStart
            + " 至 " + periodEnd + "）内"));
      }
      String voucher = line.voucherNumber() == null ? "" : line.voucherNumber().strip();
      if (voucher.isEmpty()) {
        problems.add(new LineProblem(number, "R-FUND-2", "请填写凭证号"));
      } else if (voucher.length() > MAX_VOUCHER) {
        problems.add(new LineProblem(number, "R-FUND-2", "凭证号不能超过 " + MAX_VOUCHER + " 个字符"));
      } else {
        Integer first = vouchers.putIfAbsent(voucher, number);
        if (first != null) {
          problems.add(new LineProblem(number, "R-FUND-2", "凭证号 " + voucher + " 与第 " + first + " 行重复"));
        }
      }
    }
    return problems;
  }

  /** The ledger's lines put before the office, as {@link FundRules#flags} for a plan's lines. */
  public static List<LineFlag> flags(List<ExpenseLine> ledger) {
    return FundRules.flags(ledger.stream().map(ExpenseLine::spending).toList());
  }
}
