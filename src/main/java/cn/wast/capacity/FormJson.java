package cn.wast.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A value a Camunda Form starts with, as a JSON value: a dynamic list's rows, a select's options,
 * the texts a form shows ({@code {{shownMaterials.achievementC1}}}), or a text longer than a
 * string variable holds. Tasklist parses a JSON value before filling the form, and sends a
 * submitted list back in the type it was given: a Java object list comes back as serialised text
 * the engine will not read ("Object is not deserialized"), a JSON value as JSON. A JSON value is
 * stored as bytes and holds any length, as a long string does ({@code database/LongTextVariables}).
 */
public final class FormJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormJson() {}

  /** A text kept by {@link #of}, or kept as a string variable before it was: as text, empty for none. */
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
