package cn.wast.capacity.publicity;

import cn.wast.capacity.ActingUser;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.application.Disqualifications;
import cn.wast.capacity.rules.Clause;
import cn.wast.capacity.rules.RuleClauses;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * R-SUP-2: records the office's finding on the objection. An upheld objection for fraud or false
 * reporting records the R-SUP-1 finding with it and starts the society's disqualification.
 */
@Component("recordObjectionDecisionService")
class RecordObjectionDecisionService implements JavaDelegate {

  private final Objections objections;
  private final ProgrammeClock clock;
  private final Disqualifications disqualifications;

  RecordObjectionDecisionService(Objections objections, ProgrammeClock clock,
      Disqualifications disqualifications) {
    this.disqualifications = disqualifications;
    this.objections = objections;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ObjectionDecision decision = ObjectionDecision.read(FormValues.of(execution));
    long id = ObjectionVariables.objectionId(execution);
    String reasons = decision.reasons().orElseThrow();
    if (decision.fraudFound()) {
      Clause fraud = RuleClauses.of("R-SUP-1");
      reasons = reasons + "\n（经核查存在弄虚作假、虚报材料情形，" + fraud.cited() + "记录在案" + fraud.idInSmallPrint() + "）";
    }
    objections.decide(id, decision.status(), reasons, decision.fraudFound(), ActingUser.of(execution), clock.now());
    if (decision.fraudFound()) {
      disqualifications.start(ObjectionVariables.applicationKey(execution), reasons,
          "公示异议 " + Objection.numberOf(id) + " 经核查认定弄虚作假");
    }
    execution.setVariable(ObjectionVariables.OBJECTION_UPHELD, decision.upheld());
  }
}
