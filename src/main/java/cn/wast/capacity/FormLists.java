package cn.wast.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A list a Camunda Form starts with (a dynamic list's rows, a select's options), as a JSON value.
 * Tasklist sends a submitted list back in the type it was given: a Java object list comes back as
 * serialised text the engine will not read ("Object is not deserialized"), a JSON value as JSON.
 */
public final class FormLists {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormLists() {}

  public static TypedValue of(List<?> rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
