package cn.wast.capacity.checks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.documents.DocumentInfo;
import cn.wast.capacity.documents.DocumentKind;
import cn.wast.capacity.funds.BudgetLine;
import cn.wast.capacity.funds.ExpenseLine;
import cn.wast.capacity.review.Capacity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-FUND-2: the ledger with its voucher scans as the office's review form shows it. */
class LedgerMarkdownTest {

  /** The one ledger line of these tests, numbered by its voucher. */
  private static ExpenseLine line(String voucher) {
    return new ExpenseLine(LocalDate.of(2026, 7, 1), new BudgetLine(Capacity.C1, "MEETING",
        "学术年会会场租赁费用", new BigDecimal("3000")), voucher);
  }

  private static DocumentInfo scan(long id, String voucher, String fileName) {
    return new DocumentInfo(id, "WHYX", 2026, DocumentKind.VOUCHER_SCAN, fileName, "application/pdf", 100, "0",
        "whyx", Instant.EPOCH, "APP-2026-WHYX", voucher);
  }

  @Test
  @DisplayName("Every line links the scans of its voucher; the voucher number stays text")
  void linesLinkTheirScans() {
    String text = LedgerMarkdown.of(List.of(line("[记](http://x)"), line("记-002")),
        List.of(scan(7, "[记](http://x)", "发票.pdf"), scan(8, "[记](http://x)", "合同.pdf")));
    assertThat(text.lines().toList()).containsExactly(
        "1. 2026-07-01 · C1 " + "会议费" + " · 学术年会会场租赁费用 · 3,000.00 元 · 凭证号 "
            + Markdown.escape("[记](http://x)") + "：[发票.pdf](/documents/7)、[合同.pdf](/documents/8)",
        "2. 2026-07-01 · C1 " + "会议费" + " · 学术年会会场租赁费用 · 3,000.00 元 · 凭证号 "
            + "记\\-002：（无凭证扫描件）");
  }

  @Test
  @DisplayName("A long ledger is listed whole, every line with the links to its scans")
  void aLongLedgerIsListedWhole() {
    List<ExpenseLine> ledger = new ArrayList<>();
    List<DocumentInfo> scans = new ArrayList<>();
    IntStream.rangeClosed(1, 300).forEach(i -> {
      ledger.add(line("记-" + i));
      scans.add(scan(i, "记-" + i, "凭证" + i + ".pdf"));
    });

    List<String> lines = LedgerMarkdown.of(ledger, scans).lines().toList();

    assertThat(lines).hasSize(300);
    assertThat(lines.get(299)).startsWith("300. ").endsWith("：[凭证300.pdf](/documents/300)");
  }
}
