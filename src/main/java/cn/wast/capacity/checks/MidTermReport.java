package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.funds.ExpenseLine;
import cn.wast.capacity.funds.LedgerRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * R-CHK-1, R-FUND-2: what the society submits for the mid-term check: progress on every
 * indicator of its filed plan, the project's expense ledger and the confirmation of separate
 * accounts (the written report is uploaded beside it); and the check of all of it.
 */
public record MidTermReport(List<Progress> progress, List<ExpenseLine> ledger, boolean separateAccounts) {

  static final int MAX_ACHIEVED = 500;

  public static MidTermReport read(FormValues values) {
    return new MidTermReport(
        values.rows("progress").stream()
            .map(row -> new Progress(row.getOrDefault("measure", ""), row.getOrDefault("target", ""),
                row.getOrDefault("achieved", "")))
            .toList(),
        values.rows("ledger").stream().map(ExpenseLine::fromRow).toList(),
        values.isTrue("separateAccounts"));
  }

  /**
   * Every problem, in Chinese, the ledger's with their rule ids.
   *
   * @param indicators the measures of the filed plan, each of which needs its progress
   * @param reportUploaded whether the written report is on the upload page
   */
  public List<String> problems(List<String> indicators, boolean reportUploaded, LocalDate projectStart,
      LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (!reportUploaded) {
      problems.add("【R-CHK-1】请先在材料上传页面上传中期检查书面报告");
    }
    List<String> reported = progress.stream().map(Progress::measure).toList();
    if (!reported.equals(indicators)) {
      problems.add("【R-CHK-1】请逐项填写备案方案中每个考核指标的进展，不要增删指标");
    }
    for (int i = 0; i < progress.size(); i++) {
      String achieved = progress.get(i).achieved();
      if (achieved.isBlank() || achieved.length() > MAX_ACHIEVED) {
        problems.add("【R-CHK-1】考核指标第 " + (i + 1) + " 项：请填写目前完成情况（不超过 " + MAX_ACHIEVED + " 字）");
      }
    }
    if (ledger.isEmpty()) {
      problems.add("【R-FUND-2】请填写项目经费支出台账，至少一笔");
    }
    LedgerRules.check(ledger, projectStart, today, separateAccounts)
        .forEach(p -> problems.add("支出台账" + p.text()));
    return problems;
  }
}
