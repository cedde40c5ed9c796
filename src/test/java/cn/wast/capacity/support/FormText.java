package cn.wast.capacity.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.wast.capacity.FormJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A Camunda Form ({@code forms/<key>.form}) as Tasklist's form-js treats it: its text
 * components' Markdown with each {@code {{name}}} replaced by the variable's value, as it is
 * before form-js renders it, and its input fields' keys.
 */
public final class FormText {

  private static final Pattern INSERT = Pattern.compile("\\{\\{([\\w.]+)}}");
  private static final Pattern IF = Pattern.compile("\\{\\{#if (\\w+)}}(.*?)\\{\\{/if}}", Pattern.DOTALL);

  private FormText() {}

  /** The keys of the form's inputs of these types, in groups and dynamic lists too, date fields left out. */
  public static List<String> inputs(String formKey, Set<String> types) {
    List<String> keys = new ArrayList<>();
    components(formKey).forEach(c -> {
      boolean date = "true".equals(c.path("properties").path("date").asText()); // only a date passes, never text
      if (types.contains(c.path("type").asText()) && !date) {
        keys.add(c.path("key").asText());
      }
    });
    return keys;
  }

  /** The Markdown of the form's text components, the variables filled in. */
  public static String filled(String formKey, Map<String, Object> variables) {
    StringBuilder text = new StringBuilder();
    components(formKey).stream().filter(c -> c.path("type").asText().equals("text"))
        .forEach(c -> text.append(fill(c.path("text").asText(), variables)).append("\n\n"));
    return text.toString();
  }

  /** The form's own heading lines, before any variable is filled in. */
  public static List<String> headings(String formKey) {
    return filled(formKey, Map.of()).lines().filter(l -> l.startsWith("#")).toList();
  }

  private static String fill(String template, Map<String, Object> variables) {
    Matcher conditional = IF.matcher(template);
    String unfolded = conditional.replaceAll(m -> Matcher.quoteReplacement(
        variables.get(m.group(1)) == null || variables.get(m.group(1)).toString().isEmpty() ? "" : m.group(2)));
    return INSERT.matcher(unfolded).replaceAll(m -> Matcher.quoteReplacement(value(variables, m.group(1))));
  }

  /** A variable, or a field of a JSON variable ({@code shownMaterials.contactName}), as form-js fills it in. */
  private static String value(Map<String, Object> variables, String path) {
    String[] names = path.split("\\.");
    Object value = variables.get(names[0]);
    for (int i = 1; i < names.length && value != null; i++) {
      value = value instanceof SpinJsonNode json && json.isObject() && json.hasProp(names[i]) ? json.prop(names[i])
          : value instanceof Map<?, ?> map ? map.get(names[i]) : null;
    }
    return FormJson.text(value);
  }

  private static List<JsonNode> components(String formKey) {
    try (InputStream in = FormText.class.getResourceAsStream("/forms/" + formKey + ".form")) {
      List<JsonNode> all = new ArrayList<>();
      collect(new ObjectMapper().readTree(in).path("components"), all);
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode components, List<JsonNode> all) {
    for (JsonNode component : components) {
      all.add(component);
      collect(component.path("components"), all);
    }
  }
}
