package cn.wast.capacity.round;

import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutgoingMail;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** R-CALL-1, R-APP-1: the call for applications goes to every society affiliated with WAST. */
@Component("sendCallService")
class SendCallService implements JavaDelegate {

  private final Rounds rounds;
  private final SocietyRegistry societies;
  private final Outbox outbox;
  private final ProgrammeProperties properties;

  private final cn.wast.capacity.SupervisionProperties supervision;

  SendCallService(Rounds rounds, SocietyRegistry societies, Outbox outbox, ProgrammeProperties properties,
      cn.wast.capacity.SupervisionProperties supervision) {
    this.supervision = supervision;
    this.rounds = rounds;
    this.societies = societies;
    this.outbox = outbox;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Round round = rounds.find(RoundVariables.roundYear(execution)).orElseThrow();
    int sent = 0;
    for (Society society : societies.findAffiliated()) {
      outbox.enqueue(new OutgoingMail(
          MailType.ROUND_CALL,
          round.businessKey() + ":ROUND_CALL:" + society.code(),
          society.contactEmail(),
          Map.of(
              "societyName", society.name(),
              "year", String.valueOf(round.year()),
              "quota", String.valueOf(round.quota()),
              "applicationDeadline", (String) execution.getVariable(RoundVariables.APPLICATION_DEADLINE_TEXT),
              "formalReviewDeadline", (String) execution.getVariable(RoundVariables.FORMAL_REVIEW_DEADLINE_TEXT),
              "tasklistUrl", properties.tasklistUrl(),
              "uploadUrl", properties.uploadUrl(),
              "banPeriod", supervision.banPeriodInWords()),
          society.code(),
          round.businessKey(),
          execution.getProcessInstanceId()));
      sent++;
    }
    execution.setVariable(RoundVariables.CALL_RECIPIENTS, sent);
  }
}
