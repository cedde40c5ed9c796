package cn.wast.capacity.publicity;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SUP-2: takes a checked objection: stores it, starts its investigation (process 公示异议处理)
 * and acknowledges it by mail, all in one transaction, so that nothing is half taken.
 */
@Component
public class ObjectionIntake {

  private final Objections objections;
  private final RuntimeService runtimeService;
  private final SocietyRegistry societies;
  private final ObjectionLetters letters;
  private final ProgrammeClock clock;

  ObjectionIntake(Objections objections, RuntimeService runtimeService, SocietyRegistry societies,
      ObjectionLetters letters, ProgrammeClock clock) {
    this.objections = objections;
    this.runtimeService = runtimeService;
    this.societies = societies;
    this.letters = letters;
    this.clock = clock;
  }

  /**
   * @throws RepeatedObjectionException when the same objection was received before, storing nothing
   */
  @Transactional
  public Objection receive(Objections.NewObjection submitted) {
    objections.earlierCopy(submitted).ifPresent(first -> {
      throw new RepeatedObjectionException(first);
    });
    long id = objections.insert(submitted);
    Objection objection = objections.find(id).orElseThrow();
    String societyName = societies.findByCode(objection.societyCode()).orElseThrow().name();
    Map<String, Object> variables = new HashMap<>();
    variables.put(ObjectionVariables.OBJECTION_ID, id);
    variables.put(ObjectionVariables.ROUND_YEAR, objection.roundYear());
    variables.put(ObjectionVariables.APPLICATION_KEY, objection.applicationKey());
    variables.put(ObjectionVariables.SOCIETY_NAME, societyName);
    variables.put(ObjectionVariables.SOCIETY_NAME_MARKDOWN, Markdown.escape(societyName));
    variables.put(ObjectionVariables.OBJECTOR_NAME, objection.objectorName());
    variables.put(ObjectionVariables.OBJECTOR_CONTACT, contact(objection));
    variables.put(ObjectionVariables.GROUNDS, objection.grounds());
    // What the public typed is shown on the office's form as text, never as markdown or links.
    variables.put(ObjectionVariables.GROUNDS_MARKDOWN, Markdown.paragraphs(objection.grounds()));
    variables.put(ObjectionVariables.OBJECTOR_MARKDOWN, Markdown.escape(objection.objectorName() + "（" + contact(objection) + "）"));
    variables.put(ObjectionVariables.ATTACHMENT_LINK, objection.hasAttachment()
        ? Markdown.link(objection.attachmentName(), "/objections/" + id + "/attachment")
        : "无附件");
    variables.put(ObjectionVariables.RECEIVED_AT_TEXT, clock.format(objection.submittedAt()));
    String instanceId = runtimeService.startProcessInstanceByKey(ObjectionVariables.PROCESS, objection.number(), variables).getId();
    objections.linkProcess(id, instanceId);
    letters.received(objection, societyName, instanceId);
    return objection;
  }

  private static String contact(Objection objection) {
    String phone = objection.objectorPhone() == null ? "" : objection.objectorPhone();
    String email = objection.objectorEmail() == null ? "" : objection.objectorEmail();
    return (phone + " " + email).strip();
  }
}
