package cn.wast.capacity.society;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The input fields of one Camunda Form ({@code forms/<key>.form}), read from the same file
 * Tasklist renders, so that the draft page asks exactly what the form asks and checks the same
 * constraints. Text blocks are left out: the draft page says its own introduction.
 */
final class FormDefinition {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A choice of a select field. */
  record Option(String value, String label) {}

  /** One input field; inside a dynamic list, one column of each row. */
  record Field(String key, String type, String label, String description, boolean required, Integer minLength,
      Integer maxLength, String pattern, boolean email, Double min, Double max, List<Option> options,
      boolean readonly) {

    boolean isCheckbox() {
      return type.equals("checkbox");
    }

    Optional<String> optionLabel(String value) {
      return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst();
    }
  }

  /** A part of the form: a heading of a group, a field, or a dynamic list of rows. */
  sealed interface Part permits Heading, Single, Rows {}

  record Heading(String text) implements Part {}

  record Single(Field field) implements Part {}

  record Rows(String key, String label, List<Field> columns) implements Part {}

  private final String formKey;
  private final List<Part> parts;

  private FormDefinition(String formKey, List<Part> parts) {
    this.formKey = formKey;
    this.parts = List.copyOf(parts);
  }

  static FormDefinition load(String formKey) {
    String path = "/forms/" + formKey + ".form";
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

  String formKey() {
    return formKey;
  }

  List<Part> parts() {
    return parts;
  }

  List<Field> singleFields() {
    return parts.stream().filter(Single.class::isInstance).map(p -> ((Single) p).field()).toList();
  }

  List<Rows> lists() {
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
        case "textfield", "textarea", "number", "datetime", "select", "checkbox" -> parts.add(new Single(field(component)));
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
        c.path("readonly").asBoolean(false));
  }
}
