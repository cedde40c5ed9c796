package cn.wast.capacity.review;

import cn.wast.capacity.ProgrammeProperties;
import cn.wast.capacity.experts.Expert;
import cn.wast.capacity.mail.MailType;
import cn.wast.capacity.mail.Outbox;
import cn.wast.capacity.mail.OutgoingMail;
import cn.wast.capacity.round.Round;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * R-REV-2: the letters to experts, through the outbox. They name no society's correspondence
 * (society code left empty): an expert's identity is never shown to the societies.
 */
@Component
class ExpertLetters {

  private final Outbox outbox;
  private final ProgrammeProperties programme;

  ExpertLetters(Outbox outbox, ProgrammeProperties programme) {
    this.outbox = outbox;
    this.programme = programme;
  }

  /** The applications an expert is to score; {@code step} makes it unique per assignment batch. */
  void assigned(Expert expert, int year, String step, String assignments, String deadline, String processInstanceId) {
    send(MailType.EXPERT_ASSIGNED, expert, year, step, processInstanceId, Map.of(
        "assignments", assignments, "deadline", deadline));
  }

  void reminder(Expert expert, int year, String step, String societyName, String applicationKey, String deadline,
      String processInstanceId) {
    send(MailType.SCORING_REMINDER, expert, year, step, processInstanceId, Map.of(
        "societyName", societyName, "businessKey", applicationKey, "deadline", deadline));
  }

  private void send(MailType type, Expert expert, int year, String step, String processInstanceId,
      Map<String, String> details) {
    Map<String, String> model = new java.util.HashMap<>(details);
    model.put("expertName", expert.name());
    model.put("year", String.valueOf(year));
    model.put("tasklistUrl", programme.tasklistUrl());
    String roundKey = Round.businessKeyOf(year);
    outbox.enqueue(new OutgoingMail(type, roundKey + ":" + type.name() + ":" + expert.userId() + ":" + step,
        expert.email(), model, null, roundKey, processInstanceId));
  }
}
