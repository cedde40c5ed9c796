package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-REV-2: refuses a committee that is unknown, too small, or cannot staff every application. */
@Component("checkCommittee")
class CheckCommittee implements ExecutionListener {

  private final CommitteePlan plan;

  CheckCommittee(CommitteePlan plan) {
    this.plan = plan;
  }

  @Override
  public void notify(DelegateExecution execution) {
    int year = RoundVariables.roundYear(execution);
    InputRefusedException.refuseIfAny(plan.problems(CommitteeForm.read(FormValues.of(execution)), year));
  }
}
