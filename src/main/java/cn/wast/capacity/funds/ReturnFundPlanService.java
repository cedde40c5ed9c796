package cn.wast.capacity.funds;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.deadlines.Deadline;
import cn.wast.capacity.deadlines.DeadlineMoves;
import cn.wast.capacity.mail.MailType;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-IMP-1, R-FUND-1: the plan goes back to the society with the office's comments, the flagged
 * lines it does not accept with its notes, and a deadline: the configured correction period from
 * today, or the one it had when that is later;
 * the decisions on the flagged lines are recorded; what the society typed stays on its form.
 */
@Component("returnFundPlanService")
class ReturnFundPlanService implements JavaDelegate {

  private final FundPlans plans;
  private final ImplementationLetters letters;
  private final DeadlineMoves moves;
  private final FundsProperties funds;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;
  private final FlaggedLines flaggedLines;

  ReturnFundPlanService(FundPlans plans, ImplementationLetters letters, DeadlineMoves moves,
      FundsProperties funds, ProgrammeProperties programme, ProgrammeClock clock, FlaggedLines flaggedLines) {
    this.flaggedLines = flaggedLines;
    this.plans = plans;
    this.letters = letters;
    this.moves = moves;
    this.funds = funds;
    this.programme = programme;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long planId = ImplementationVariables.planId(execution);
    String comments = FundPlanFiling.read(FormValues.of(execution)).comments().orElseThrow();
    plans.decide(planId, PlanStatus.RETURNED, comments, ActingUser.of(execution), clock.now());
    FlagDecisions flags = FlagDecisions.read(FormValues.of(execution), flaggedLines.ofPlan(planId));
    flags.record(flaggedLines, ActingUser.of(execution), clock.now());
    String toSociety = flags.followedByNotAccepted(comments);
    execution.setVariable(ImplementationVariables.PLAN_COMMENTS, toSociety);
    execution.setVariable(ImplementationVariables.PLAN_COMMENTS_MARKDOWN, Markdown.paragraphs(toSociety));
    moves.moveTo(execution, Deadline.FUND_PLAN, clock.endOf(clock.today().plus(programme.correctionPeriod())), true,
        funds.planReminderBefore());
    int version = ImplementationVariables.planVersion(execution);
    letters.send(execution, MailType.FUND_PLAN_RETURNED, "v" + version, Map.of(
        "comments", toSociety,
        "deadline", (String) execution.getVariable(ImplementationVariables.PLAN_DUE_TEXT)));
    execution.setVariable(ImplementationVariables.FUND_PLAN_DECISION, null);
    execution.setVariable(ImplementationVariables.FUND_PLAN_COMMENTS, null);
  }
}
