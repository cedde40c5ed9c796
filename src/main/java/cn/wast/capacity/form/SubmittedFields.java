package cn.wast.capacity.form;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.form.FormDefinition.Field;
import cn.wast.capacity.form.FormDefinition.Rows;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * What one submission may carry: the fields of the form in front of the user and nothing else,
 * each with a value its field accepts. A blank value passes here; whether it may be blank is
 * the process's own check, which knows which fields the form showed.
 */
public final class SubmittedFields {

  private static final int NAMES_SHOWN = 5;
  private static final int NAME_LENGTH_SHOWN = 40;

  private SubmittedFields() {}

  /** Every reason, in Chinese, why these values cannot be a submission of that form. */
  public static List<String> problems(FormDefinition form, Map<String, ?> submitted) {
    List<String> problems = new ArrayList<>(strangers(form, submitted));
    problems.addAll(valueProblems(form, submitted));
    return problems;
  }

  /** The names that are no field of the form, as one problem; none when all are. */
  public static List<String> strangers(FormDefinition form, Map<String, ?> submitted) {
    List<String> strangers = submitted.keySet().stream()
        .filter(name -> form.field(name).isEmpty() && form.list(name).isEmpty()).toList();
    return strangers.isEmpty() ? List.of() : List.of("提交的内容含有表单上没有的项：" + names(strangers)
        + "。只能提交本表单上的字段，请刷新页面后重新填写");
  }

  /**
   * The fields sent as a serialised object the engine would have to deserialise, as one problem. A
   * form never sends one (its lists come as JSON); reading one fails in English ("Object is not
   * deserialized"), so it is refused before anything reads it.
   */
  public static List<String> unreadable(FormDefinition form, Map<String, ?> submitted) {
    if (!(submitted instanceof VariableMap variables)) {
      return List.of();
    }
    List<String> unreadable = variables.keySet().stream()
        .filter(name -> variables.getValueTyped(name) instanceof ObjectValue object && !object.isDeserialized())
        .map(name -> form.field(name).map(Field::label).or(() -> form.list(name).map(Rows::label)).orElse(name))
        .toList();
    return unreadable.isEmpty() ? List.of() : List.of(names(unreadable) + "的内容不是表单提交的格式，无法读取。"
        + "请刷新页面，在表单中重新填写后提交");
  }

  /** What the form says of the values of its own fields. */
  public static List<String> valueProblems(FormDefinition form, Map<String, ?> submitted) {
    return valueProblems(form, submitted, field -> true);
  }

  /** What the form says of the dates, in fields and in the cells of its lists. */
  public static List<String> dateProblems(FormDefinition form, Map<String, ?> submitted) {
    return valueProblems(form, submitted, Field::date);
  }

  private static List<String> valueProblems(FormDefinition form, Map<String, ?> submitted, Predicate<Field> judged) {
    List<String> problems = new ArrayList<>();
    submitted.forEach((name, value) -> {
      form.field(name).filter(judged).flatMap(field -> problem(field, value)).ifPresent(problems::add);
      form.list(name).ifPresent(list -> problems.addAll(rowProblems(list, value, judged)));
    });
    return problems;
  }

  private static Optional<String> problem(Field field, Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (field.isCheckbox()) {
      return value instanceof Boolean || "true".equals(value) || "false".equals(value)
          ? Optional.empty() : Optional.of("“" + field.label() + "”只能勾选或不勾选");
    }
    if (field.isChecklist()) {
      return checklistProblem(field, value);
    }
    String text = text(value);
    return text.isBlank() ? Optional.empty() : FormChecks.check(field, text);
  }

  private static Optional<String> checklistProblem(Field field, Object value) {
    Optional<JsonNode> items = FormValues.array(value);
    if (items.isEmpty()) {
      return Optional.of("“" + field.label() + "”须从列表中勾选");
    }
    for (JsonNode item : items.get()) {
      if (!item.isValueNode() || (!field.hasOptionsFromProcess() && field.optionLabel(item.asText()).isEmpty())) {
        return Optional.of("请从列表中勾选“" + field.label() + "”");
      }
    }
    return Optional.empty();
  }

  private static List<String> rowProblems(Rows list, Object value, Predicate<Field> judged) {
    if (value == null) {
      return List.of();
    }
    Optional<JsonNode> rows = FormValues.array(value);
    if (rows.isEmpty()) {
      return List.of("“" + list.label() + "”的格式不正确");
    }
    List<String> problems = new ArrayList<>();
    int number = 0;
    for (JsonNode row : rows.get()) {
      number++;
      if (!row.isObject()) {
        problems.add("“" + list.label() + "”第 " + number + " 行的格式不正确");
        continue;
      }
      List<String> strangers = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> cells = row.fields(); cells.hasNext(); ) {
        Map.Entry<String, JsonNode> cell = cells.next();
        Optional<Field> column = list.columns().stream().filter(c -> c.key().equals(cell.getKey())).findFirst();
        if (column.isEmpty()) {
          strangers.add(cell.getKey());
        } else if (judged.test(column.get()) && !cell.getValue().isNull()) {
          String text = cell.getValue().isValueNode() ? cell.getValue().asText() : cell.getValue().toString();
          if (!text.isBlank()) {
            int row1 = number;
            FormChecks.check(column.get(), text)
                .ifPresent(p -> problems.add("“" + list.label() + "”第 " + row1 + " 行：" + p));
          }
        }
      }
      if (!strangers.isEmpty()) {
        problems.add("“" + list.label() + "”第 " + number + " 行含有表单上没有的项：" + names(strangers));
      }
    }
    return problems;
  }

  private static String text(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC).toString();
    }
    if (value instanceof Number number && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
      return new BigDecimal(number.toString()).toPlainString();
    }
    return value.toString();
  }

  private static String names(List<String> names) {
    List<String> shown = names.stream().limit(NAMES_SHOWN)
        .map(n -> n.length() > NAME_LENGTH_SHOWN ? n.substring(0, NAME_LENGTH_SHOWN) + "…" : n)
        .map(n -> "“" + n + "”").toList();
    return String.join("、", shown) + (names.size() > NAMES_SHOWN ? " 等 " + names.size() + " 项" : "");
  }
}
