package cn.wast.capacity.checks;

import static cn.wast.capacity.Markdown.escape;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.funds.FundTracking;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1, R-FUND-4: stores the mid-term materials, closes the report upload, and lays out for
 * the office the indicators' progress and the spend against the plan by capacity (追踪问效).
 */
@Component("recordMidTermReportService")
class RecordMidTermReportService implements JavaDelegate {

  static final String SUBMITTED = "MID_TERM_SUBMITTED";

  private final MidTermCheck check;
  private final ImplementationChecks checks;
  private final Awards awards;
  private final ProgrammeClock clock;

  RecordMidTermReportService(MidTermCheck check, ImplementationChecks checks, Awards awards, ProgrammeClock clock) {
    this.check = check;
    this.checks = checks;
    this.awards = awards;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = check.applicationKey(execution);
    MidTermReport report = MidTermReport.read(FormValues.of(execution));
    long id = checks.submit(applicationKey, CheckKind.MID_TERM, report.progress(), report.ledger(), clock.now());
    awards.moveImplementationTo(applicationKey, SUBMITTED);
    execution.setVariable("checkId", id);
    execution.setVariable("reportLinks", check.reportLinks(applicationKey));
    execution.setVariable("progressText", report.progress().stream()
        .map(p -> "- " + escape(p.measure()) + "（目标 " + escape(p.target()) + "）：" + escape(p.achieved()))
        .collect(Collectors.joining("\n")));
    execution.setVariable("trackingText", FundTracking.of(check.plannedLines(applicationKey), report.ledger()).markdown());
  }
}
