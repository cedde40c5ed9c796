package cn.wast.capacity;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A form submission the server refuses, with every reason in Chinese. Thrown inside the engine
 * transaction of the submission, it rolls that transaction back, so nothing is left behind: no
 * instance, no row, no completed task, no incident. The REST API (and so Tasklist) answers it
 * with HTTP 400 and the message.
 */
public class InputRefusedException extends FormFieldValidationException {

  /** How every refusal's message begins, before its reasons. */
  public static final String PREFIX = "提交未成功：";

  private final List<String> problems;

  public InputRefusedException(List<String> problems) {
    super(problems, PREFIX + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  public InputRefusedException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }

  /** Throws when there is anything to refuse. */
  public static void refuseIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new InputRefusedException(problems);
    }
  }
}
