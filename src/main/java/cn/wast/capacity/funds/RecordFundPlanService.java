package cn.wast.capacity.funds;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-IMP-1: stores the submitted version of the plan and lays it out for the office. */
@Component("recordFundPlanService")
class RecordFundPlanService implements JavaDelegate {

  private final FundPlans plans;
  private final ProgrammeClock clock;

  RecordFundPlanService(FundPlans plans, ProgrammeClock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FundPlanForm plan = FundPlanForm.read(FormValues.of(execution));
    String applicationKey = (String) execution.getVariable(Implementation.APPLICATION_KEY);
    long id = plans.submit(applicationKey, plan, ActingUser.of(execution), clock.now());
    execution.setVariable(Implementation.PLAN_ID, id);
    execution.setVariable(Implementation.PLAN_VERSION, plans.find(id).orElseThrow().version());
    execution.setVariable("planMarkdown", FundPlanMarkdown.of(plan,
        new BigDecimal((String) execution.getVariable(Implementation.AWARD_AMOUNT))));
  }
}
