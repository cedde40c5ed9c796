package cn.wast.capacity.supervision;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.InputRefusedException;
import cn.wast.capacity.Markdown;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.Applications;
import cn.wast.capacity.funds.Payments;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * R-SUP-1: opens a disqualification, started by the office on its form (checked here: a refused
 * form leaves no instance) or by another process with the application named.
 */
@Component("openDisqualification")
class OpenDisqualification implements ExecutionListener {

  private final Applications applications;
  private final SocietyRegistry societies;
  private final Payments payments;
  private final SupervisionProperties supervision;
  private final DisqualificationStarter starter;

  OpenDisqualification(Applications applications, SocietyRegistry societies, Payments payments,
      SupervisionProperties supervision, DisqualificationStarter starter) {
    this.starter = starter;
    this.supervision = supervision;
    this.applications = applications;
    this.societies = societies;
    this.payments = payments;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String applicationKey = (String) execution.getVariable(Disqualification.APPLICATION_KEY);
    if (applicationKey == null) {
      DisqualificationRequest request = DisqualificationRequest.read(FormValues.of(execution));
      Optional<Application> application = request.roundYear().flatMap(year ->
          request.societyCode().flatMap(code -> applications.find(year, code)));
      boolean running = application.isPresent() && starter.isRunning(application.get().businessKey());
      InputRefusedException.refuseIfAny(request.problems(application, running));
      applicationKey = application.orElseThrow().businessKey();
      execution.setVariable(Disqualification.APPLICATION_KEY, applicationKey);
      execution.setVariable(Disqualification.SOURCE, "专项办公室发起");
      execution.setProcessBusinessKey(Disqualification.businessKeyOf(applicationKey));
    }
    Application application = applications.find(applicationKey).orElseThrow();
    execution.setVariable("societyCode", application.societyCode());
    String societyName = societies.findByCode(application.societyCode()).orElseThrow().name();
    execution.setVariable("societyName", societyName);
    execution.setVariable("societyNameMarkdown", Markdown.escape(societyName));
    execution.setVariable("groundsMarkdown", Markdown.paragraphs((String) execution.getVariable(Disqualification.GROUNDS)));
    execution.setVariable("roundYear", application.roundYear());
    execution.setVariable("applicationStatusText", application.status().label());
    execution.setVariable("paidText", Numbers.yuan(payments.paid(applicationKey)));
    execution.setVariable("recoveryReminderEvery", supervision.recoveryReminderEvery().toString());
  }
}
