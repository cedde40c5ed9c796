package cn.wast.capacity.funds;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.deadlines.Deadline;
import cn.wast.capacity.deadlines.LateSubmissions;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-IMP-1, R-FUND-1: stores the submitted version of the plan, records its flagged lines and lays
 * both out for the office.
 */
@Component("recordFundPlanService")
class RecordFundPlanService implements JavaDelegate {

  private final FundPlans plans;
  private final FlaggedLines flaggedLines;
  private final ProgrammeClock clock;
  private final LateSubmissions lateSubmissions;

  RecordFundPlanService(FundPlans plans, FlaggedLines flaggedLines, ProgrammeClock clock,
      LateSubmissions lateSubmissions) {
    this.lateSubmissions = lateSubmissions;
    this.plans = plans;
    this.flaggedLines = flaggedLines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FundPlanForm plan = FundPlanForm.read(FormValues.of(execution));
    String applicationKey = ImplementationVariables.applicationKey(execution);
    long id = plans.submit(applicationKey, plan, ActingUser.of(execution), clock.now());
    execution.setVariable(ImplementationVariables.PLAN_ID, id);
    lateSubmissions.submitted(execution, Deadline.FUND_PLAN);
    int version = plans.find(id).orElseThrow().version();
    execution.setVariable(ImplementationVariables.PLAN_VERSION, version);
    execution.setVariable(ImplementationVariables.FLAGGED_LINES, FlagDecisions.variable(
        flaggedLines.recordPlan(applicationKey, id, version, plan.budgetLines(), clock.now())));
    execution.setVariable(ImplementationVariables.PLAN_MARKDOWN, FundPlanMarkdown.of(plan,
        ImplementationVariables.awardAmount(execution)));
  }
}
