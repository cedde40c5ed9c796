package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.funds.FundPlanForm;
import cn.wast.capacity.funds.Implementation;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1, R-FUND-1..3: refuses mid-term materials without the report, with an indicator left
 * out or a bad ledger line; the task stays open with what was typed.
 */
@Component("checkMidTermReport")
class CheckMidTermReport implements ExecutionListener {

  private final MidTermCheck check;
  private final ProgrammeClock clock;

  CheckMidTermReport(MidTermCheck check, ProgrammeClock clock) {
    this.check = check;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String applicationKey = check.applicationKey(execution);
    InputRefusedException.refuseIfAny(MidTermReport.read(FormValues.of(execution)).problems(
        check.indicators(applicationKey).stream().map(FundPlanForm.Indicator::measure).toList(),
        !check.reportLinks(applicationKey).isEmpty(),
        LocalDate.parse((String) execution.getVariable(Implementation.PROJECT_START)),
        clock.today()));
  }
}
