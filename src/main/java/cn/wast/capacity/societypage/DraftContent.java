package cn.wast.capacity.societypage;

import cn.wast.capacity.form.FormChecks;
import cn.wast.capacity.form.FormDefinition;
import cn.wast.capacity.form.FormDefinition.Field;
import cn.wast.capacity.form.FormDefinition.Rows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a society typed into a form, exactly as typed (a number that is not one stays as it was
 * written, so nothing typed is lost): single fields by key, and the rows of each dynamic list.
 * A ticked checkbox is {@code "true"}.
 */
record DraftContent(Map<String, String> fields, Map<String, List<Map<String, String>>> rows) {

  private static final ObjectMapper JSON = new ObjectMapper();

  DraftContent {
    fields = new LinkedHashMap<>(fields);
    Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
    rows.forEach((key, list) -> copy.put(key, list.stream().map(r -> (Map<String, String>) new LinkedHashMap<>(r)).toList()));
    rows = copy;
  }

  static DraftContent empty() {
    return new DraftContent(Map.of(), Map.of());
  }

  String field(String key) {
    return fields.getOrDefault(key, "");
  }

  List<Map<String, String>> rowsOf(String key) {
    return rows.getOrDefault(key, List.of());
  }

  DraftContent withField(String key, String value) {
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(key, value);
    return new DraftContent(changed, rows);
  }

  DraftContent withRowAdded(String listKey) {
    Map<String, List<Map<String, String>>> changed = new LinkedHashMap<>(rows);
    List<Map<String, String>> list = new ArrayList<>(rowsOf(listKey));
    list.add(Map.of());
    changed.put(listKey, list);
    return new DraftContent(fields, changed);
  }

  DraftContent withRowRemoved(String listKey, int index) {
    List<Map<String, String>> list = new ArrayList<>(rowsOf(listKey));
    if (index < 0 || index >= list.size()) {
      return this;
    }
    list.remove(index);
    Map<String, List<Map<String, String>>> changed = new LinkedHashMap<>(rows);
    changed.put(listKey, list);
    return new DraftContent(fields, changed);
  }

  /**
   * What the form's constraints say about this content, by the place each was typed: a single
   * field by its key, a cell of a dynamic list by {@code list.row.column}.
   */
  Map<String, String> problems(FormDefinition form) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (Field field : form.singleFields()) {
      FormChecks.check(field, field(field.key())).ifPresent(p -> problems.put(field.key(), p));
    }
    for (Rows list : form.lists()) {
      List<Map<String, String>> rows = rowsOf(list.key());
      for (int i = 0; i < rows.size(); i++) {
        Map<String, String> row = rows.get(i);
        if (!filledRows(list).contains(row)) {
          continue;
        }
        for (Field column : list.columns()) {
          String place = FormChecks.cell(list.key(), i, column.key());
          FormChecks.check(column, row.getOrDefault(column.key(), "")).ifPresent(p -> problems.put(place, p));
        }
      }
    }
    return problems;
  }

  /**
   * The variables a submission of this content carries, typed as Tasklist types them: numbers
   * as numbers where they are numbers, a ticked checkbox as {@code true}, each dynamic list as
   * its rows without the blank ones. Blank fields are left out.
   */
  Map<String, Object> submission(FormDefinition form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Field field : form.singleFields()) {
      Object value = typed(field, field(field.key()));
      if (value != null) {
        variables.put(field.key(), value);
      } else if (field.isCheckbox()) {
        variables.put(field.key(), false);
      }
    }
    for (Rows list : form.lists()) {
      List<Map<String, Object>> submitted = new ArrayList<>();
      for (Map<String, String> row : filledRows(list)) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (Field column : list.columns()) {
          Object value = typed(column, row.getOrDefault(column.key(), ""));
          if (value != null) {
            cells.put(column.key(), value);
          }
        }
        submitted.add(cells);
      }
      variables.put(list.key(), submitted);
    }
    return variables;
  }

  /** The rows of a list with anything in them; a row left blank is not part of the submission. */
  List<Map<String, String>> filledRows(Rows list) {
    return rowsOf(list.key()).stream()
        .filter(row -> list.columns().stream().anyMatch(c -> !row.getOrDefault(c.key(), "").isBlank()))
        .toList();
  }

  private static Object typed(Field field, String text) {
    String value = text == null ? "" : text.strip();
    if (field.isCheckbox()) {
      return "true".equals(value) ? Boolean.TRUE : null;
    }
    if (value.isEmpty()) {
      return null;
    }
    if (field.type().equals("number")) {
      try {
        BigDecimal number = new BigDecimal(value);
        return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact() : number.doubleValue();
      } catch (NumberFormatException | ArithmeticException e) {
        return value;
      }
    }
    return value;
  }

  String toJson() {
    try {
      return JSON.writeValueAsString(Map.of("fields", fields, "rows", rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static DraftContent fromJson(String json) {
    try {
      Stored stored = JSON.readValue(json, new TypeReference<Stored>() {});
      return new DraftContent(stored.fields == null ? Map.of() : stored.fields,
          stored.rows == null ? Map.of() : stored.rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored draft is not readable", e);
    }
  }

  private static final class Stored {
    public Map<String, String> fields;
    public Map<String, List<Map<String, String>>> rows;
  }
}
