package cn.wast.capacity.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The input fields of one Camunda Form ({@code forms/<key>.form}), read from the same file
 * Tasklist renders, so that the draft page asks exactly what the form asks and checks the same
 * constraints. Text blocks are left out: the draft page says its own introduction.
 */
public final class FormDefinition {

  /** How the id of a date field starts: the one mark of it that reaches the browser. */
  public static final String DATE_ID_PREFIX = "Date_";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, FormDefinition> LOADED = new ConcurrentHashMap<>();

  /** A choice of a select field. */
  public record Option(String value, String label) {}

  /**
   * One input field; inside a dynamic list, one column of each row. A date is a text field
   * marked {@code "properties": {"date": "true"}}, read with {@link cn.wast.capacity.DateInput}
   * (Tasklist's script finds it by its id, which starts with {@value #DATE_ID_PREFIX}).
   */
  public record Field(String key, String type, String label, String description, boolean required, Integer minLength,
      Integer maxLength, String pattern, boolean email, Double min, Double max, List<Option> options,
      String valuesKey, boolean readonly, boolean date, Integer decimalDigits) {

    public boolean isCheckbox() {
      return type.equals("checkbox");
    }

    /** A select or radio group: one value out of its options. */
    public boolean isChoice() {
      return type.equals("select") || type.equals("radio");
    }

    public boolean isChecklist() {
      return type.equals("checklist");
    }

    /** Options that the process puts into a variable when the task opens, not the form's own. */
    public boolean hasOptionsFromProcess() {
      return valuesKey != null;
    }

    public Optional<String> optionLabel(String value) {
      return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst();
    }
  }

  /** A part of the form: a heading of a group, a field, or a dynamic list of rows. */
  public sealed interface Part permits Heading, Single, Rows {}

  public record Heading(String text) implements Part {}

  public record Single(Field field) implements Part {}

  public record Rows(String key, String label, List<Field> columns) implements Part {}

  private final String formKey;
  private final List<Part> parts;

  private FormDefinition(String formKey, List<Part> parts) {
    this.formKey = formKey;
    this.parts = List.copyOf(parts);
  }

  /** The form of that key, read once and kept: the files are part of the deployment. */
  public static FormDefinition of(String formKey) {
    return LOADED.computeIfAbsent(formKey, FormDefinition::load);
  }

  /** The form of that key if the system ships it ({@code forms/} of the build), else empty. */
  public static Optional<FormDefinition> shipped(String formKey) {
    return FormDefinition.class.getResource(path(formKey)) == null ? Optional.empty() : Optional.of(of(formKey));
  }

  private static String path(String formKey) {
    return "/forms/" + formKey + ".form";
  }

  private static FormDefinition load(String formKey) {
    String path = path(formKey);
    try (InputStream in = FormDefinition.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no form " + path + " on the class path");
      }
      List<Part> parts = new ArrayList<>();
      collect(JSON.readTree(in).path("components"), parts);
      return new FormDefinition(formKey, parts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String formKey() {
    return formKey;
  }

  public List<Part> parts() {
    return parts;
  }

  public List<Field> singleFields() {
    return parts.stream().filter(Single.class::isInstance).map(p -> ((Single) p).field()).toList();
  }

  public Optional<Field> field(String key) {
    return singleFields().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  public Optional<Rows> list(String key) {
    return lists().stream().filter(l -> l.key().equals(key)).findFirst();
  }

  public List<Rows> lists() {
    return parts.stream().filter(Rows.class::isInstance).map(Rows.class::cast).toList();
  }

  private static void collect(JsonNode components, List<Part> parts) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      switch (type) {
        case "group" -> {
          parts.add(new Heading(component.path("label").asText()));
          collect(component.path("components"), parts);
        }
        case "dynamiclist" -> {
          List<Field> columns = new ArrayList<>();
          component.path("components").forEach(c -> columns.add(field(c)));
          parts.add(new Rows(component.path("path").asText(), component.path("label").asText(), columns));
        }
        case "textfield", "textarea", "number", "select", "radio", "checkbox", "checklist" -> parts.add(new Single(field(component)));
        default -> {
          // text and other display-only components carry no value
        }
      }
    }
  }

  private static Field field(JsonNode c) {
    JsonNode v = c.path("validate");
    List<Option> options = new ArrayList<>();
    c.path("values").forEach(o -> options.add(new Option(o.path("value").asText(), o.path("label").asText())));
    return new Field(c.path("key").asText(), c.path("type").asText(), c.path("label").asText(),
        c.hasNonNull("description") ? c.get("description").asText() : null,
        v.path("required").asBoolean(false),
        v.hasNonNull("minLength") ? v.get("minLength").asInt() : null,
        v.hasNonNull("maxLength") ? v.get("maxLength").asInt() : null,
        v.hasNonNull("pattern") ? v.get("pattern").asText() : null,
        "email".equals(v.path("validationType").asText()),
        v.hasNonNull("min") ? v.get("min").asDouble() : null,
        v.hasNonNull("max") ? v.get("max").asDouble() : null,
        List.copyOf(options),
        c.hasNonNull("valuesKey") ? c.get("valuesKey").asText() : null,
        c.path("readonly").asBoolean(false),
        "true".equals(c.path("properties").path("date").asText()),
        c.hasNonNull("decimalDigits") ? c.get("decimalDigits").asInt() : null);
  }
}
