package cn.wast.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a Camunda Form submitted. Tasklist sends numbers, strings and booleans untyped, a
 * REST client may send anything: every reader is lenient about the carrier and strict about the
 * value, answering empty where the value is missing or unusable.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

  private final Function<String, Object> scope;

  private FormValues(Function<String, Object> scope) {
    this.scope = scope;
  }

  public static FormValues of(VariableScope scope) {
    return new FormValues(scope::getVariable);
  }

  /** The same readers over plain values, as a form would submit them. */
  public static FormValues of(Map<String, ?> values) {
    return new FormValues(values::get);
  }

  public Optional<String> text(String name) {
    Object value = scope.apply(name);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  public Optional<Integer> whole(String name) {
    Object value = scope.apply(name);
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE
          ? Optional.of((int) d)
          : Optional.empty();
    }
    return text(name).flatMap(FormValues::parseWhole);
  }

  public Optional<LocalDate> date(String name) {
    Object value = scope.apply(name);
    if (value instanceof Date date) {
      return Optional.of(LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC));
    }
    return text(name).flatMap(FormValues::parseDate);
  }

  /** A number as typed, at most {@code maxDecimals} decimals; empty when missing or not a number. */
  public Optional<BigDecimal> decimal(String name, int maxDecimals) {
    Object value = scope.apply(name);
    Optional<BigDecimal> number;
    if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
      number = Optional.of(new BigDecimal(n.toString()));
    } else {
      number = text(name).flatMap(FormValues::parseDecimal);
    }
    return number.map(BigDecimal::stripTrailingZeros).filter(n -> Numbers.decimals(n) <= maxDecimals);
  }

  /**
   * The values of a checklist: Tasklist submits them as a JSON array (a Spin JSON value), a Java
   * client may send a list. Empty when nothing was chosen or the value is not a list.
   */
  public List<String> list(String name) {
    List<String> values = new ArrayList<>();
    array(scope.apply(name)).ifPresent(array -> array.forEach(element -> {
      if (!element.isNull()) {
        values.add(element.asText().strip());
      }
    }));
    return values.stream().filter(v -> !v.isEmpty()).distinct().toList();
  }

  /**
   * A list as a form submits it: a JSON array as Tasklist sends it (a Spin JSON value or its
   * text), or a collection from a Java caller. Empty when the value is none of these.
   */
  public static Optional<JsonNode> array(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      JsonNode node = value instanceof Collection<?> collection ? JSON.valueToTree(collection) : JSON.readTree(value.toString());
      return node.isArray() ? Optional.of(node) : Optional.empty();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The rows of a dynamic list: Tasklist submits them as a JSON array of objects (a Spin JSON
   * value), a Java client may send a list of maps. Each row maps its fields to their values as
   * text (absent, null and blank fields are left out); empty when there is no list.
   */
  public List<Map<String, String>> rows(String name) {
    Optional<JsonNode> array = array(scope.apply(name));
    if (array.isEmpty()) {
      return List.of();
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonNode element : array.get()) {
      Map<String, String> row = new java.util.LinkedHashMap<>();
      element.fields().forEachRemaining(field -> {
        String text = field.getValue().isNull() ? "" : field.getValue().asText().strip();
        if (!text.isEmpty()) {
          row.put(field.getKey(), text);
        }
      });
      rows.add(row);
    }
    return rows;
  }

  public boolean isTrue(String name) {
    Object value = scope.apply(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  private static Optional<BigDecimal> parseDecimal(String text) {
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> parseWhole(String text) {
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A date as {@link DateInput} reads it, or the day of a timestamp a Java client may store. */
  private static Optional<LocalDate> parseDate(String text) {
    return DateInput.parse(ISO_TIMESTAMP.matcher(text).matches() ? text.substring(0, 10) : text);
  }
}
