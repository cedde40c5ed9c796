package cn.wast.capacity.funds;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-IMP-1: the plan goes back to the society with the office's comments and a new deadline (the
 * configured correction period); what it typed stays on its form.
 */
@Component("returnFundPlanService")
class ReturnFundPlanService implements JavaDelegate {

  private final FundPlans plans;
  private final ImplementationLetters letters;
  private final PlanDeadline planDeadline;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;

  ReturnFundPlanService(FundPlans plans, ImplementationLetters letters, PlanDeadline planDeadline,
      ProgrammeProperties programme, ProgrammeClock clock) {
    this.plans = plans;
    this.letters = letters;
    this.planDeadline = planDeadline;
    this.programme = programme;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = ((Number) execution.getVariable(Implementation.PLAN_ID)).longValue();
    String comments = FundPlanFiling.read(FormValues.of(execution)).comments().orElseThrow();
    plans.decide(planId, PlanStatus.RETURNED, comments, ActingUser.of(execution), clock.now());
    execution.setVariable(Implementation.PLAN_COMMENTS, comments);
    execution.setVariable(Implementation.PLAN_COMMENTS_MARKDOWN, Markdown.paragraphs(comments));
    planDeadline.set(execution, clock.endOf(clock.today().plus(programme.correctionPeriod())));
    int version = ((Number) execution.getVariable(Implementation.PLAN_VERSION)).intValue();
    letters.send(execution, MailType.FUND_PLAN_RETURNED, "v" + version, Map.of(
        "comments", comments,
        "deadline", (String) execution.getVariable(Implementation.PLAN_DUE_TEXT)));
    execution.setVariable("fundPlanDecision", null);
    execution.setVariable("fundPlanComments", null);
  }
}
