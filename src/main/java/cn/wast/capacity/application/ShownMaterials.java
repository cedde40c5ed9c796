package cn.wast.capacity.application;

import cn.wast.capacity.Markdown;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The society's typed fields as the office's and the experts' forms show them: each under its
 * name and {@code Markdown}, literal text and never markup, since form-js reads a text
 * component's variables as Markdown. The typed values themselves stay as typed, for the rules.
 */
public final class ShownMaterials {

  /** The four capacities' results, shown as paragraphs of their own. */
  public static final List<String> PARAGRAPHS =
      List.of("achievementC1", "achievementC2", "achievementC3", "achievementC4");

  /** Fields shown within a line; the society's name comes from the registry. */
  public static final List<String> INLINE = List.of(ApplicationVariables.SOCIETY_NAME,
      "boardMeetingDate", "boardResolutionNumber", "contactName", "contactPhone", "contactEmail");

  private ShownMaterials() {}

  public static String shownName(String field) {
    return field + "Markdown";
  }

  /** The shown form of each of {@code fields} that has a value in {@code typed}. */
  public static Map<String, Object> of(List<String> fields, Function<String, Object> typed) {
    Map<String, Object> shown = new HashMap<>();
    for (String field : fields) {
      Object value = typed.apply(field);
      String text = value == null ? "" : value.toString();
      shown.put(shownName(field), PARAGRAPHS.contains(field) ? Markdown.paragraphs(text) : Markdown.escape(text));
    }
    return shown;
  }
}
