package cn.wast.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A value a Camunda Form starts with, as a JSON value: a dynamic list's rows, a select's options,
 * the texts a form reads by name ({@code {{shownMaterials.achievementC1}}}). Tasklist parses a JSON
 * value before filling the form, and sends a submitted list back in the type it was given: a Java
 * object list comes back as serialised text the engine will not read ("Object is not
 * deserialized"), a JSON value as JSON. A plain text of any length is a string variable
 * ({@code database/LongTextVariables}).
 */
public final class FormJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormJson() {}

  /**
   * A text a form shows, as text, empty for none: a string variable, or a JSON value (instances of
   * the version before {@code database/LongTextVariables} keep some texts as JSON values).
   */
  public static String text(Object variable) {
    if (variable instanceof SpinJsonNode json) {
      return json.isString() ? json.stringValue() : json.isNull() ? "" : json.toString();
    }
    return variable == null ? "" : variable.toString();
  }

  public static TypedValue of(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
