package cn.wast.capacity.checks;

import static cn.wast.capacity.Markdown.escape;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.deadlines.Deadline;
import cn.wast.capacity.deadlines.LateSubmissions;
import cn.wast.capacity.funds.FlagDecisions;
import cn.wast.capacity.funds.FlaggedLines;
import cn.wast.capacity.funds.FundTracking;
import cn.wast.capacity.funds.ImplementationVariables;
import cn.wast.capacity.funds.LedgerFlags;
import cn.wast.capacity.funds.PaymentStanding;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1, R-CHK-2, R-FUND-4, R-FUND-1: stores a check's materials and the ledger's flagged lines
 * (with a final ledger's changes since the mid-term), closes the report upload, and lays out for
 * the office the indicators' progress, the spend against the plan by capacity and budget line
 * (追踪问效) and the lines it must decide on.
 */
@Component("recordCheckReportService")
class RecordCheckReportService implements JavaDelegate {

  private final CheckMaterials check;
  private final ImplementationChecks checks;
  private final Awards awards;
  private final ProgrammeClock clock;
  private final FlaggedLines flaggedLines;
  private final PaymentStanding money;
  private final LateSubmissions lateSubmissions;

  RecordCheckReportService(CheckMaterials check, ImplementationChecks checks, Awards awards, ProgrammeClock clock,
      FlaggedLines flaggedLines, PaymentStanding money, LateSubmissions lateSubmissions) {
    this.money = money;
    this.lateSubmissions = lateSubmissions;
    this.flaggedLines = flaggedLines;
    this.check = check;
    this.checks = checks;
    this.awards = awards;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = check.applicationKey(execution);
    CheckKind kind = check.current(execution);
    CheckReport report = CheckReport.read(FormValues.of(execution));
    long id = checks.submit(applicationKey, kind, report.progress(), report.ledger(), clock.now());
    awards.moveImplementationTo(applicationKey, kind.submittedStatus());
    execution.setVariable(ImplementationVariables.CHECK_ID, id);
    lateSubmissions.submitted(execution, kind == CheckKind.MID_TERM ? Deadline.MID_TERM_REPORT : Deadline.FINAL_REPORT);
    execution.setVariable(ImplementationVariables.FLAGGED_LINES, FlagDecisions.variable(
        flaggedLines.recordCheck(applicationKey, id, kind.name(), LedgerFlags.of(check.plannedLines(applicationKey),
            report.ledger(), check.earlierLedger(applicationKey, kind)), clock.now())));
    execution.setVariable(ImplementationVariables.REPORT_LINKS, check.reportLinks(applicationKey, kind));
    execution.setVariable(ImplementationVariables.LEDGER_TEXT, check.ledgerLinks(report.ledger(), applicationKey));
    execution.setVariable(ImplementationVariables.PROGRESS_TEXT, report.progress().stream()
        .map(p -> "- " + escape(p.measure()) + "（目标 " + escape(p.target()) + "）：" + escape(p.achieved()))
        .collect(Collectors.joining("\n")));
    execution.setVariable(ImplementationVariables.PAYMENTS_TEXT, money.markdown(applicationKey,
        ImplementationVariables.awardAmount(execution)));
    execution.setVariable(ImplementationVariables.TRACKING_TEXT, FundTracking.of(check.plannedLines(applicationKey), report.ledger()).markdown());
  }
}
