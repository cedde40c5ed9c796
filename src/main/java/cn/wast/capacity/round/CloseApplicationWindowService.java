package cn.wast.capacity.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-CALL-1: at the application deadline the round stops taking applications. */
@Component("closeApplicationWindowService")
class CloseApplicationWindowService implements JavaDelegate {

  private final Rounds rounds;

  CloseApplicationWindowService(Rounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rounds.updateStatus(RoundVariables.roundYear(execution), RoundStatus.CLOSED);
  }
}
