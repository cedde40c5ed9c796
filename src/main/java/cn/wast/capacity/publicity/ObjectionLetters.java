package cn.wast.capacity.publicity;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutgoingMail;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * R-SUP-2: the letters to a person who objected, when they gave an email address. They carry no
 * society code: the objector's identity never appears in the society's correspondence.
 */
@Component
class ObjectionLetters {

  private final Outbox outbox;
  private final ProgrammeProperties programme;
  private final ProgrammeClock clock;

  ObjectionLetters(Outbox outbox, ProgrammeProperties programme, ProgrammeClock clock) {
    this.outbox = outbox;
    this.programme = programme;
    this.clock = clock;
  }

  void received(Objection objection, String societyName, String processInstanceId) {
    send(MailType.OBJECTION_RECEIVED, objection, societyName, processInstanceId, Map.of(
        "receivedAt", clock.format(objection.submittedAt()), "publicUrl", programme.publicUrl() + "/public/"));
  }

  void decided(Objection objection, String societyName, String processInstanceId) {
    send(MailType.OBJECTION_DECIDED, objection, societyName, processInstanceId, Map.of(
        "decision", objection.status().label(), "reasons", objection.decisionReasons()));
  }

  private void send(MailType type, Objection objection, String societyName, String processInstanceId,
      Map<String, String> details) {
    if (objection.objectorEmail() == null || objection.objectorEmail().isBlank()) {
      return;
    }
    Map<String, String> model = new HashMap<>(details);
    model.put("objectorName", objection.objectorName());
    model.put("year", String.valueOf(objection.roundYear()));
    model.put("societyName", societyName);
    model.put("businessKey", objection.number());
    outbox.enqueue(new OutgoingMail(type, objection.number() + ":" + type.name(), objection.objectorEmail(), model,
        null, objection.number(), processInstanceId));
  }
}
