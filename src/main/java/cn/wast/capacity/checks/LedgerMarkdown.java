package cn.wast.capacity.checks;

import static cn.wast.capacity.Markdown.escape;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.documents.DocumentInfo;
import cn.wast.capacity.funds.ExpenseLine;
import cn.wast.capacity.funds.ExpenseRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * R-FUND-2, R-FUND-4: a check's ledger as the office's review form lists it, every line with the
 * budget line it names and links to the scans of its voucher, however long the ledger.
 */
final class LedgerMarkdown {

  private LedgerMarkdown() {}

  static String of(List<ExpenseLine> ledger, List<DocumentInfo> scans) {
    if (ledger.isEmpty()) {
      return "（台账为空）";
    }
    Map<String, List<DocumentInfo>> byVoucher = scans.stream()
        .collect(Collectors.groupingBy(DocumentInfo::voucherNumber));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ledger.size(); i++) {
      ExpenseLine line = ledger.get(i);
      List<DocumentInfo> proof = byVoucher.getOrDefault(line.voucherNumber(), List.of());
      lines.add((i + 1) + ". " + line.date() + " · " + (line.budgetLine() == null ? "" : "预算第 " + line.budgetLine() + " 行 · ")
          + line.spending().capacity().name() + " "
          + ExpenseRules.current().name(line.spending().category()) + " · " + escape(line.spending().purpose()) + " · "
          + Numbers.yuan(line.spending().amount()) + " · 凭证号 " + escape(line.voucherNumber()) + "："
          + (proof.isEmpty() ? "（无凭证扫描件）"
              : proof.stream().map(d -> Markdown.link(d.fileName(), "/documents/" + d.id()))
                  .collect(Collectors.joining("、"))));
    }
    return String.join("\n", lines);
  }
}
