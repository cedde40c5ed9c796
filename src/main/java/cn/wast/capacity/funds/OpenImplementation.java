package cn.wast.capacity.funds;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.Groups;
import cn.wast.capacity.access.InstanceAccess;
import cn.wast.capacity.award.Award;
import cn.wast.capacity.award.Awards;
import cn.wast.capacity.deadlines.Deadline;
import cn.wast.capacity.deadlines.DeadlineMoves;
import cn.wast.capacity.round.RoundVariables;
import cn.wast.capacity.society.SocietyRegistry;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-IMP-1: opens a commended society's implementation: its award, the project period from the
 * award, and the deadline of its fund-management plan. Only the society (and the office) can
 * see the instance.
 */
@Component("openImplementation")
class OpenImplementation implements ExecutionListener {

  private final Awards awards;
  private final SocietyRegistry societies;
  private final InstanceAccess access;
  private final FundsProperties funds;
  private final DeadlineMoves moves;
  private final ProgrammeClock clock;

  OpenImplementation(Awards awards, SocietyRegistry societies, InstanceAccess access, FundsProperties funds,
      DeadlineMoves moves, ProgrammeClock clock) {
    this.moves = moves;
    this.awards = awards;
    this.societies = societies;
    this.access = access;
    this.funds = funds;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Award award = awards.find(ImplementationVariables.applicationKey(execution)).orElseThrow();
    LocalDate start = LocalDate.ofInstant(award.commendedAt(), clock.zone());
    execution.setVariable(ImplementationVariables.SOCIETY_CODE, award.societyCode());
    String societyName = societies.findByCode(award.societyCode()).orElseThrow().name();
    execution.setVariable(ImplementationVariables.SOCIETY_NAME, societyName);
    execution.setVariable(ImplementationVariables.SOCIETY_NAME_MARKDOWN, Markdown.escape(societyName));
    execution.setVariable(ImplementationVariables.SOCIETY_GROUP, Groups.ofSociety(award.societyCode()));
    RoundVariables.setRoundYear(execution, award.roundYear());
    execution.setVariable(ImplementationVariables.AWARD_AMOUNT, award.amount().toPlainString());
    execution.setVariable(ImplementationVariables.AWARD_AMOUNT_TEXT, Numbers.yuan(award.amount()));
    execution.setVariable(ImplementationVariables.PROJECT_START, start.toString());
    LocalDate end = start.plus(funds.projectPeriod()).minusDays(1);
    execution.setVariable(ImplementationVariables.PROJECT_END, end.toString());
    execution.setVariable(ImplementationVariables.PROJECT_ENDS_AT, clock.endOfAsDate(end));
    moves.set(execution, Deadline.FUND_PLAN, clock.endOf(clock.today().plus(funds.planPeriod())), funds.planReminderBefore());
    access.grantSocietyReading(award.societyCode(), execution.getProcessInstanceId());
  }
}
