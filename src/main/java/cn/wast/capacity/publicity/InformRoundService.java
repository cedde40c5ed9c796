package cn.wast.capacity.publicity;

import cn.wast.capacity.round.Round;
import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-REV-3: tells the round the objection is decided. A society whose period ended waits for
 * 异议核查完毕; an upheld objection during the period is 异议成立 and removes it at once. When the
 * round is not waiting for either (say the society was already removed), nothing happens.
 */
@Component("informRoundService")
class InformRoundService implements JavaDelegate {

  private final RuntimeService runtimeService;

  InformRoundService(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationKey = ObjectionVariables.applicationKey(execution);
    String round = Round.businessKeyOf(RoundVariables.roundYear(execution));
    runtimeService.createMessageCorrelation(NoticeMessages.objectionDecided(applicationKey))
        .processInstanceBusinessKey(round).correlateAll();
    if (Boolean.TRUE.equals(execution.getVariable(ObjectionVariables.OBJECTION_UPHELD))) {
      runtimeService.createMessageCorrelation(NoticeMessages.objectionUpheld(applicationKey))
          .processInstanceBusinessKey(round).correlateAll();
    }
  }
}
