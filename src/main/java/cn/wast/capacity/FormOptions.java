package cn.wast.capacity;

import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The choices a Camunda Form's select or checklist offers from a variable ({@code valuesKey}):
 * a JSON array of {@code {label, value}}, which Tasklist hands to the form as it is.
 */
public final class FormOptions {

  /** One choice: what the user reads, and what the form submits. */
  public record Option(String label, String value) {}

  private FormOptions() {}

  public static TypedValue of(List<Option> options) {
    return FormJson.of(options);
  }
}
