package cn.wast.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The choices a Camunda Form's select or checklist offers from a variable ({@code valuesKey}):
 * a JSON array of {@code {label, value}}, which Tasklist hands to the form as it is.
 */
public final class FormOptions {

  /** One choice: what the user reads, and what the form submits. */
  public record Option(String label, String value) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormOptions() {}

  public static TypedValue of(List<Option> options) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
