package cn.wast.capacity.checks;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.FormOptions;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.funds.FundsProperties;
import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.funds.ImplementationVariables;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1, R-CHK-2, R-FUND-4: a check opens: the report upload opens, the society's form lists
 * every indicator of its filed plan and offers its budget lines for the ledger, the final ledger
 * starts as the mid-term one, and the society is told the deadline.
 */
@Component
class CheckOpening {

  private final CheckMaterials check;
  private final Awards awards;
  private final ImplementationLetters letters;
  private final FundsProperties funds;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;

  CheckOpening(CheckMaterials check, Awards awards, ImplementationLetters letters, FundsProperties funds,
      ProgrammeProperties programme, ProgrammeClock clock) {
    this.check = check;
    this.awards = awards;
    this.letters = letters;
    this.funds = funds;
    this.programme = programme;
    this.clock = clock;
  }

  void open(DelegateExecution execution, CheckKind kind) {
    String applicationKey = check.applicationKey(execution);
    execution.setVariable(ImplementationVariables.CURRENT_CHECK, kind.name());
    awards.moveImplementationTo(applicationKey, kind.dueStatus());
    Instant dueAt = clock.endOf(clock.today().plus(funds.reportPeriod()));
    execution.setVariable(ImplementationVariables.REPORT_DUE_AT, Date.from(dueAt));
    execution.setVariable(ImplementationVariables.REPORT_REMINDER_AT, clock.reminderAt(dueAt, funds.reportReminderBefore()));
    execution.setVariable(ImplementationVariables.REPORT_DUE_TEXT, clock.deadline(dueAt));
    List<Map<String, String>> progress = check.indicators(applicationKey).stream().map(indicator -> {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("measure", indicator.measure());
      row.put("target", indicator.target());
      row.put("achieved", "");
      return row;
    }).collect(Collectors.toList());
    execution.setVariable(ImplementationVariables.PROGRESS, FormJson.of(progress));
    execution.setVariable(ImplementationVariables.BUDGET_LINE_OPTIONS, FormOptions.of(check.budgetLineOptions(applicationKey)));
    if (kind == CheckKind.FINAL) {
      execution.setVariable(ImplementationVariables.LEDGER, FormJson.of(check.prefilledLedger(applicationKey, kind)));
    }
    letters.send(execution, kind.requested(), "1", Map.of(
        "deadline", clock.deadline(dueAt), "uploadUrl", programme.uploadUrl()));
  }
}
