package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.SupervisionProperties;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.Applications;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1: opens a disqualification, started by the office on its form (checked here: a refused
 * form leaves no instance) or by another process with the application named. When one is
 * already running for the society, this start joins it: its grounds are added to the running
 * one's, and this instance ends at once (并入正在进行的核查), on record.
 */
@Component("openDisqualification")
class OpenDisqualification implements ExecutionListener {

  static final String OFFICE_SOURCE = "专项办公室发起";

  private final Applications applications;
  private final RunningDisqualifications running;
  private final DisqualificationGrounds grounds;
  private final InvestigationFacts facts;
  private final SupervisionProperties supervision;
  private final ProgrammeClock clock;

  OpenDisqualification(Applications applications, RunningDisqualifications running, DisqualificationGrounds grounds,
      InvestigationFacts facts, SupervisionProperties supervision, ProgrammeClock clock) {
    this.applications = applications;
    this.running = running;
    this.grounds = grounds;
    this.facts = facts;
    this.supervision = supervision;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String applicationKey = (String) execution.getVariable(DisqualificationVariables.APPLICATION_KEY);
    if (applicationKey == null) {
      DisqualificationRequest request = DisqualificationRequest.read(FormValues.of(execution));
      Optional<Application> application = request.roundYear().flatMap(year ->
          request.societyCode().flatMap(code -> applications.find(year, code)));
      InputRefusedException.refuseIfAny(request.problems(application));
      applicationKey = application.orElseThrow().businessKey();
      execution.setVariable(DisqualificationVariables.APPLICATION_KEY, applicationKey);
      execution.setVariable(DisqualificationVariables.SOURCE, OFFICE_SOURCE);
    }
    Application application = applications.find(applicationKey).orElseThrow();
    String businessKey = Disqualification.businessKeyOf(applicationKey);
    execution.setProcessBusinessKey(businessKey);
    Optional<RunningDisqualifications.Running> joined =
        running.claim(application.societyCode(), businessKey, execution.getProcessInstanceId(), clock.now());
    String groundsTyped = (String) execution.getVariable(DisqualificationVariables.GROUNDS);
    String source = (String) execution.getVariable(DisqualificationVariables.SOURCE);
    execution.setVariable(DisqualificationVariables.JOINED, joined.isPresent());
    if (joined.isPresent()) {
      RunningDisqualifications.Running into = joined.get();
      grounds.add(into.businessKey(), groundsTyped, source, clock.now());
      execution.setVariable(DisqualificationVariables.JOINED_BUSINESS_KEY, into.businessKey());
      String intoApplication = (String) execution.getProcessEngineServices().getRuntimeService()
          .getVariable(into.processInstanceId(), DisqualificationVariables.APPLICATION_KEY);
      execution.getProcessEngineServices().getRuntimeService()
          .setVariables(into.processInstanceId(), facts.of(intoApplication));
      return;
    }
    grounds.add(businessKey, groundsTyped, source, clock.now());
    execution.setVariables(facts.of(applicationKey));
    execution.setVariable(DisqualificationVariables.RECOVERY_REMINDER_EVERY, supervision.recoveryReminderEvery().toString());
  }
}
