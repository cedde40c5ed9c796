package cn.wast.capacity.checks;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.funds.FundsProperties;
import cn.wast.capacity.funds.ImplementationLetters;
import cn.wast.capacity.mail.MailType;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1: the mid-term check opens: the report upload opens, the society's form lists every
 * indicator of its filed plan, and the society is told the deadline.
 */
@Component("openMidTermCheckService")
class OpenMidTermCheckService implements JavaDelegate {

  private final MidTermCheck check;
  private final Awards awards;
  private final ImplementationLetters letters;
  private final FundsProperties funds;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;

  OpenMidTermCheckService(MidTermCheck check, Awards awards, ImplementationLetters letters, FundsProperties funds,
      ProgrammeProperties programme, ProgrammeClock clock) {
    this.check = check;
    this.awards = awards;
    this.letters = letters;
    this.funds = funds;
    this.programme = programme;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = check.applicationKey(execution);
    awards.moveImplementationTo(applicationKey, Award.MID_TERM_DUE);
    Instant dueAt = clock.endOf(clock.today().plus(funds.reportPeriod()));
    Instant reminderAt = dueAt.minus(funds.reportReminderBefore());
    execution.setVariable("reportDueAt", Date.from(dueAt));
    execution.setVariable("reportReminderAt", Date.from(reminderAt.isBefore(clock.now()) ? clock.now() : reminderAt));
    execution.setVariable("reportDueText", clock.format(dueAt));
    List<Map<String, String>> progress = check.indicators(applicationKey).stream().map(indicator -> {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("measure", indicator.measure());
      row.put("target", indicator.target());
      row.put("achieved", "");
      return row;
    }).collect(Collectors.toList());
    execution.setVariable("progress", progress);
    letters.send(execution, MailType.MID_TERM_REQUESTED, "1", Map.of(
        "deadline", clock.format(dueAt), "uploadUrl", programme.uploadUrl()));
  }
}
