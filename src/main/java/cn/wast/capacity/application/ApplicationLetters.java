package cn.wast.capacity.application;

import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutgoingMail;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Writes an application's letters to the society's registered address, through the outbox and
 * so in the transaction of the step that causes them. One letter per application, type and step.
 */
@Component
public class ApplicationLetters {

  private final SocietyRegistry societies;
  private final Outbox outbox;

  ApplicationLetters(SocietyRegistry societies, Outbox outbox) {
    this.societies = societies;
    this.outbox = outbox;
  }

  /**
   * @param step what makes this letter unique within its type for the application, e.g. the
   *     number of the correction round it belongs to
   */
  public void send(
      VariableScope application,
      String processInstanceId,
      MailType type,
      String step,
      Map<String, String> details) {
    send((String) application.getVariable(ApplicationVariables.SOCIETY_CODE),
        String.valueOf(application.getVariable(ApplicationVariables.ROUND_YEAR)),
        (String) application.getVariable(ApplicationVariables.APPLICATION_KEY),
        processInstanceId, type, step, details);
  }

  /** The same, for a step outside the application's own process (the round's review and award). */
  public void send(Application application, String processInstanceId, MailType type, String step,
      Map<String, String> details) {
    send(application.societyCode(), String.valueOf(application.roundYear()), application.businessKey(),
        processInstanceId, type, step, details);
  }

  private void send(String societyCode, String year, String businessKey, String processInstanceId,
      MailType type, String step, Map<String, String> details) {
    Society society = societies.findByCode(societyCode).orElseThrow();
    Map<String, String> model = new HashMap<>(details);
    model.put("societyName", society.name());
    model.put("year", year);
    model.put("businessKey", businessKey);
    outbox.enqueue(new OutgoingMail(
        type,
        businessKey + ":" + type.name() + ":" + step,
        society.contactEmail(),
        model,
        societyCode,
        businessKey,
        processInstanceId));
  }
}
