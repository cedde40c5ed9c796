package cn.wast.capacity.checks;

import cn.wast.capacity.FormOptions;
import cn.wast.capacity.Numbers;
import cn.wast.capacity.documents.ApplicationDocuments;
import cn.wast.capacity.documents.DocumentInfo;
import cn.wast.capacity.documents.DocumentsMarkdown;
import cn.wast.capacity.funds.BudgetLine;
import cn.wast.capacity.funds.ExpenseLine;
import cn.wast.capacity.funds.ExpenseRules;
import cn.wast.capacity.funds.FundPlanForm;
import cn.wast.capacity.funds.FundPlans;
import cn.wast.capacity.funds.ImplementationVariables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** R-CHK-1, R-CHK-2: what a check compares against: the filed plan, and the uploaded report. */
@Component
class CheckMaterials {

  private final FundPlans plans;
  private final ApplicationDocuments documents;
  private final ImplementationChecks checks;

  CheckMaterials(FundPlans plans, ApplicationDocuments documents, ImplementationChecks checks) {
    this.plans = plans;
    this.documents = documents;
    this.checks = checks;
  }

  String applicationKey(DelegateExecution execution) {
    return ImplementationVariables.applicationKey(execution);
  }

  /** The check under way in the instance (set when it opens). */
  CheckKind current(DelegateExecution execution) {
    return CheckKind.valueOf((String) execution.getVariable(ImplementationVariables.CURRENT_CHECK));
  }

  List<FundPlanForm.Indicator> indicators(String applicationKey) {
    return plans.indicators(plans.filed(applicationKey).orElseThrow().id());
  }

  List<BudgetLine> plannedLines(String applicationKey) {
    return plans.lines(plans.filed(applicationKey).orElseThrow().id());
  }

  /**
   * R-FUND-4: the ledger a check's ledger is reconciled with: at the final acceptance, the
   * mid-term's (the final ledger is cumulative); none at the mid-term.
   */
  List<ExpenseLine> earlierLedger(String applicationKey, CheckKind kind) {
    return kind == CheckKind.FINAL
        ? checks.find(applicationKey, CheckKind.MID_TERM).map(c -> checks.expenses(c.id())).orElse(List.of())
        : List.of();
  }

  /**
   * R-FUND-4: the choices of the ledger's 对应的预算行: the filed plan's lines, as
   * 第 1 行 · C1 · 会议费 · 药学学术年会会务 · 预算 150,000.00 元, each submitting its number.
   */
  List<FormOptions.Option> budgetLineOptions(String applicationKey) {
    List<BudgetLine> plan = plannedLines(applicationKey);
    List<FormOptions.Option> options = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      BudgetLine line = plan.get(i);
      options.add(new FormOptions.Option("第 " + (i + 1) + " 行 · " + line.capacity().name() + " · "
          + ExpenseRules.current().name(line.category()) + " · " + line.shortPurpose() + " · 预算 "
          + Numbers.yuan(line.amount()), String.valueOf(i + 1)));
    }
    return options;
  }

  /**
   * R-FUND-4: the final ledger starts as the mid-term ledger, as recorded (the society adds what
   * it spent since); none for the mid-term.
   */
  List<Map<String, Object>> prefilledLedger(String applicationKey, CheckKind kind) {
    return earlierLedger(applicationKey, kind).stream().map(line -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("date", line.date().toString());
      if (line.budgetLine() != null) {
        row.put("budgetLine", String.valueOf(line.budgetLine()));
      }
      row.put("capacity", line.spending().capacity().name());
      row.put("category", line.spending().category());
      row.put("purpose", line.spending().purpose());
      row.put("amount", new BigDecimal(Numbers.plain(line.spending().amount())));
      row.put("voucher", line.voucherNumber());
      return row;
    }).toList();
  }

  boolean reportUploaded(String applicationKey, CheckKind kind) {
    return !reports(applicationKey, kind).isEmpty();
  }

  /** R-FUND-2: the voucher numbers with a scan; those uploaded at the mid-term count at the final too. */
  Set<String> scannedVouchers(String applicationKey) {
    return documents.voucherScans(applicationKey).stream().map(DocumentInfo::voucherNumber)
        .collect(Collectors.toSet());
  }

  /** R-FUND-2: every line of the ledger with links to its voucher's scans, for the office. */
  String ledgerLinks(List<ExpenseLine> ledger, String applicationKey) {
    return LedgerMarkdown.of(ledger, documents.voucherScans(applicationKey));
  }

  /** The uploaded reports of the check as Markdown links, for the office. */
  String reportLinks(String applicationKey, CheckKind kind) {
    return DocumentsMarkdown.of(reports(applicationKey, kind));
  }

  private List<DocumentInfo> reports(String applicationKey, CheckKind kind) {
    return documents.listForApplication(applicationKey).stream().filter(d -> d.kind() == kind.report()).toList();
  }
}
