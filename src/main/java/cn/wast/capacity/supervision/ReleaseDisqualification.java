package cn.wast.capacity.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** R-SUP-1: a disqualification that ends, however it ends, no longer holds its society. */
@Component("releaseDisqualification")
class ReleaseDisqualification implements ExecutionListener {

  private final RunningDisqualifications running;

  ReleaseDisqualification(RunningDisqualifications running) {
    this.running = running;
  }

  @Override
  public void notify(DelegateExecution execution) {
    running.release(execution.getProcessInstanceId());
  }
}
