package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.funds.FundPlanForm;
import cn.wast.capacity.funds.ImplementationVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1, R-CHK-2, R-FUND-1..3: refuses a check's materials without the report, with an
 * indicator left out, a bad ledger line or a line whose voucher has no scan; the task stays open
 * with what was typed.
 */
@Component("checkSubmittedReport")
class CheckSubmittedReport implements ExecutionListener {

  private final CheckMaterials check;
  private final ProgrammeClock clock;

  CheckSubmittedReport(CheckMaterials check, ProgrammeClock clock) {
    this.check = check;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String applicationKey = check.applicationKey(execution);
    CheckKind kind = check.current(execution);
    LocalDate projectEnd = ImplementationVariables.projectEnd(execution);
    InputRefusedException.refuseIfAny(CheckReport.read(FormValues.of(execution)).problems(kind,
        check.indicators(applicationKey).stream().map(FundPlanForm.Indicator::measure).toList(),
        check.reportUploaded(applicationKey, kind),
        check.scannedVouchers(applicationKey),
        check.plannedLines(applicationKey),
        ImplementationVariables.projectStart(execution),
        projectEnd, clock.today()));
  }
}
