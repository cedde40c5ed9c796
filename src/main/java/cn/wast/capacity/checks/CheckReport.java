package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.funds.BudgetLine;
import cn.wast.capacity.funds.ExpenseLine;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.funds.LedgerRules;
import cn.wast.capacity.funds.LineProblem;
import cn.wast.capacity.funds.VoucherNumber;
import cn.wast.capacity.rules.RuleClauses;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R-CHK-1, R-CHK-2, R-FUND-2: what the society submits for a check: progress on every
 * indicator of its filed plan, the project's expense ledger and the confirmation of separate
 * accounts (the written report and every voucher's scan are uploaded beside it); and the check of all of it.
 */
public record CheckReport(List<Progress> progress, List<ExpenseLine> ledger, boolean separateAccounts) {

  static final int MAX_ACHIEVED = 500;

  public static CheckReport read(FormValues values) {
    return new CheckReport(
        values.rows(ImplementationVariables.PROGRESS).stream()
            .map(row -> new Progress(row.getOrDefault("measure", ""), row.getOrDefault("target", ""),
                row.getOrDefault("achieved", "")))
            .toList(),
        values.rows(ImplementationVariables.LEDGER).stream().map(ExpenseLine::fromRow).toList(),
        values.isTrue(ImplementationVariables.SEPARATE_ACCOUNTS));
  }

  /**
   * Every problem, in Chinese, the ledger's with their rule ids.
   *
   * @param indicators the measures of the filed plan, each of which needs its progress
   * @param reportUploaded whether the written report is on the upload page
   * @param scannedVouchers the voucher numbers with a scan on the upload page ({@link VoucherNumber})
   * @param plan the filed plan's budget lines, which the ledger's lines name
   * @param projectEnd the implementation period's last day
   * @param today no expense may be dated later
   */
  public List<String> problems(CheckKind kind, List<String> indicators, boolean reportUploaded,
      Set<String> scannedVouchers, List<BudgetLine> plan, LocalDate projectStart, LocalDate projectEnd, LocalDate today) {
    String rule = kind == CheckKind.FINAL ? "R-CHK-2" : "R-CHK-1";
    List<String> problems = new ArrayList<>();
    if (!reportUploaded) {
      problems.add(RuleClauses.reason(rule, "请先在材料上传页面上传" + kind.report().label()));
    }
    List<String> reported = progress.stream().map(Progress::measure).toList();
    if (!reported.equals(indicators)) {
      problems.add(RuleClauses.reason(rule, "请逐项填写备案方案中每个考核指标的进展，不要增删指标"));
    }
    for (int i = 0; i < progress.size(); i++) {
      String achieved = progress.get(i).achieved();
      if (achieved.isBlank()) {
        problems.add(RuleClauses.reason(rule, "考核指标第 " + (i + 1) + " 项：请填写目前完成情况"));
      } else if (achieved.length() > MAX_ACHIEVED) {
        problems.add("考核指标第 " + (i + 1) + " 项：“目前完成情况”不能超过 " + MAX_ACHIEVED + " 字");
      }
    }
    if (ledger.isEmpty()) {
      problems.add(RuleClauses.reason("R-FUND-2", "请填写项目经费支出台账，至少一笔"));
    }
    LedgerRules.check(ledger, projectStart, projectEnd, today, separateAccounts)
        .forEach(p -> problems.add("支出台账" + p.text()));
    LedgerRules.budgetLines(ledger, plan).forEach(p -> problems.add("支出台账" + p.text()));
    withoutScan(scannedVouchers).forEach(p -> problems.add("支出台账" + p.text()));
    return problems;
  }

  /** R-FUND-2: the lines whose voucher has no scan (a voucher the ledger repeats or leaves out is refused as such). */
  private List<LineProblem> withoutScan(Set<String> scannedVouchers) {
    List<LineProblem> missing = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ledger.size(); i++) {
      String voucher = VoucherNumber.of(ledger.get(i).voucherNumber());
      if (!voucher.isEmpty() && voucher.length() <= VoucherNumber.MAX_LENGTH && seen.add(voucher)
          && !scannedVouchers.contains(voucher)) {
        missing.add(new LineProblem(i + 1, "R-FUND-2",
            "凭证号 " + voucher + " 尚未上传凭证扫描件，请先在材料上传页面上传"));
      }
    }
    return missing;
  }
}
