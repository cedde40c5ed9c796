package cn.wast.capacity.round;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-CALL-1: the office opens a year's round with its quota and deadlines. Runs when the start
 * form is submitted; a refused form leaves no instance and no round behind.
 */
@Component("openRound")
class OpenRoundListener implements ExecutionListener {

  private final Rounds rounds;
  private final ProgrammeClock clock;

  OpenRoundListener(Rounds rounds, ProgrammeClock clock) {
    this.rounds = rounds;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RoundForm form = RoundForm.read(FormValues.of(execution));
    boolean taken = form.year().map(year -> rounds.find(year).isPresent()).orElse(false);
    InputRefusedException.refuseIfAny(form.problems(clock.today(), taken));

    String openedBy = (String) execution.getVariable(RoundVariables.OPENED_BY);
    Round round = new Round(
        form.year().orElseThrow(),
        form.quota().orElseThrow(),
        form.applicationDeadline().orElseThrow(),
        form.formalReviewDeadline().orElseThrow(),
        RoundStatus.OPEN,
        execution.getProcessInstanceId(),
        openedBy == null ? "system" : openedBy,
        clock.now(),
        form.awardAmount().orElseThrow(),
        form.awardBands().orElse(null));
    rounds.insert(round);

    execution.setProcessBusinessKey(round.businessKey());
    RoundVariables.setRoundYear(execution, round.year());
    RoundVariables.setQuota(execution, round.quota());
    execution.setVariable(RoundVariables.APPLICATION_WINDOW_CLOSES_AT, clock.endOfAsDate(round.applicationDeadline()));
    execution.setVariable(RoundVariables.FORMAL_REVIEW_CLOSES_AT, clock.endOfAsDate(round.formalReviewDeadline()));
    execution.setVariable(RoundVariables.APPLICATION_DEADLINE_TEXT, ChineseDates.deadline(round.applicationDeadline()));
    execution.setVariable(RoundVariables.FORMAL_REVIEW_DEADLINE_TEXT, ChineseDates.deadline(round.formalReviewDeadline()));
  }
}
