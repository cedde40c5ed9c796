package cn.wast.capacity.form;

import cn.wast.capacity.DateInput;
import cn.wast.capacity.FormValues;
import cn.wast.capacity.form.FormDefinition.Field;
import cn.wast.capacity.form.FormDefinition.Rows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.SpinValue;

/**
 * The dates of a submission written the one way the processes read them, {@code 2026-12-10},
 * whichever notation {@link DateInput} took them in (a REST client may send 2026年12月10日, as
 * Tasklist's script would have written it over). What is no date stays as typed, for the
 * form's check to refuse with its reason. Each value keeps its carrier: text stays text, a
 * dynamic list stays the JSON value or the list it came as.
 */
final class SubmittedDates {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmittedDates() {}

  static void normalise(FormDefinition form, Map<String, Object> submitted) {
    Map<String, Object> normalised = new HashMap<>();
    submitted.forEach((name, value) -> {
      if (form.field(name).filter(Field::date).isPresent() && value instanceof String text
          && !DateInput.normalised(text).equals(text)) {
        normalised.put(name, DateInput.normalised(text));
      }
      form.list(name).filter(list -> list.columns().stream().anyMatch(Field::date))
          .flatMap(list -> normalisedRows(list, submitted, name))
          .ifPresent(rows -> normalised.put(name, rows));
    });
    if (!normalised.isEmpty()) {
      submitted.putAll(normalised);
    }
  }

  private static Optional<Object> normalisedRows(Rows list, Map<String, Object> submitted, String name) {
    Optional<JsonNode> rows = FormValues.array(submitted.get(name));
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    boolean changed = false;
    for (JsonNode row : rows.get()) {
      for (Field column : list.columns()) {
        JsonNode cell = row.path(column.key());
        if (column.date() && row instanceof ObjectNode cells && cell.isTextual()) {
          String normalised = DateInput.normalised(cell.asText());
          if (!normalised.equals(cell.asText())) {
            cells.put(column.key(), normalised);
            changed = true;
          }
        }
      }
    }
    return changed ? Optional.of(carried(submitted, name, rows.get())) : Optional.empty();
  }

  /** The rows in the carrier they were submitted in. */
  private static Object carried(Map<String, Object> submitted, String name, JsonNode rows) {
    Object typed = submitted instanceof VariableMap variables ? variables.getValueTyped(name) : submitted.get(name);
    String json = rows.toString();
    if (typed instanceof SpinValue) {
      return SpinValues.jsonValue(json).create();
    }
    Object value = typed instanceof TypedValue typedValue ? typedValue.getValue() : typed;
    if (value instanceof Collection<?>) {
      try {
        return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {});
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return json;
  }
}
