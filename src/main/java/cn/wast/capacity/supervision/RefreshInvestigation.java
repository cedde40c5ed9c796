package cn.wast.capacity.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** R-SUP-1: the investigation task shows the facts as they are when it is created and when it is claimed. */
@Component("refreshInvestigation")
class RefreshInvestigation implements TaskListener {

  private final InvestigationFacts facts;

  RefreshInvestigation(InvestigationFacts facts) {
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariables(facts.of((String) task.getVariable(DisqualificationVariables.APPLICATION_KEY)));
  }
}
