package cn.wast.capacity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a Camunda Form submitted. Tasklist sends numbers, strings and booleans untyped, a
 * REST client may send anything: every reader is lenient about the carrier and strict about the
 * value, answering empty where the value is missing or unusable.
 */
public final class FormValues {

  private final VariableScope scope;

  private FormValues(VariableScope scope) {
    this.scope = scope;
  }

  public static FormValues of(VariableScope scope) {
    return new FormValues(scope);
  }

  public Optional<String> text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  public Optional<Integer> whole(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE
          ? Optional.of((int) d)
          : Optional.empty();
    }
    return text(name).flatMap(FormValues::parseWhole);
  }

  public Optional<LocalDate> date(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Date date) {
      return Optional.of(LocalDate.ofInstant(date.toInstant(), java.time.ZoneOffset.UTC));
    }
    return text(name).flatMap(FormValues::parseDate);
  }

  public boolean isTrue(String name) {
    Object value = scope.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  private static Optional<Integer> parseWhole(String text) {
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> parseDate(String text) {
    String day = text.length() >= 10 ? text.substring(0, 10) : text;
    try {
      return Optional.of(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
