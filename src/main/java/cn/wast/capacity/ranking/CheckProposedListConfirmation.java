package cn.wast.capacity.ranking;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.round.RoundVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-EVAL-1, R-REV-3: the proposed list is published only when the office ticked that it checked the ranking sheet. */
@Component("checkProposedListConfirmation")
class CheckProposedListConfirmation implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    InputRefusedException.refuseIfAny(FormValues.of(execution).isTrue(RoundVariables.PROPOSED_LIST_CONFIRMED)
        ? List.of()
        : List.of("请核对排名表后勾选“已核对排名表，同意按拟表彰名单公示”"));
  }
}
