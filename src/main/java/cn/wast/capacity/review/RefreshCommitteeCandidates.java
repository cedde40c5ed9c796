package cn.wast.capacity.review;

import cn.wast.capacity.round.RoundVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: the committee form offers the experts as the pool is when the office claims the task,
 * so that an expert deactivated while the round waits is no longer offered.
 */
@Component("refreshCommitteeCandidates")
class RefreshCommitteeCandidates implements TaskListener {

  private final CommitteeCandidates candidates;

  RefreshCommitteeCandidates(CommitteeCandidates candidates) {
    this.candidates = candidates;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariable(RoundVariables.EXPERT_OPTIONS, candidates.options());
  }
}
