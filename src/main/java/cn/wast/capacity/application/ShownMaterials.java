package cn.wast.capacity.application;

import cn.wast.capacity.FormJson;
import cn.wast.capacity.Markdown;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The society's typed fields as the office's and the experts' forms show them, in one JSON value
 * ({@link ApplicationVariables#SHOWN_MATERIALS}, read as {@code {{shownMaterials.contactName}}}):
 * each as literal text and never markup, since form-js reads a text component's variables as
 * Markdown, and the approving body by its name. One value instead of a string variable per field:
 * an escaped text may be twice as long as typed, more than a string variable holds, and each
 * variable costs three rows. The typed values themselves stay as typed, for the rules.
 */
public final class ShownMaterials {

  /** The four capacities' results, shown as paragraphs of their own. */
  public static final List<String> PARAGRAPHS =
      List.of("achievementC1", "achievementC2", "achievementC3", "achievementC4");

  /** Fields shown within a line; the society's name comes from the registry. */
  public static final List<String> INLINE = List.of(ApplicationVariables.SOCIETY_NAME,
      "boardMeetingDate", "boardResolutionNumber", "contactName", "contactPhone", "contactEmail");

  /** Every field the office's formal review shows. */
  static final List<String> ALL = Stream.concat(INLINE.stream(), PARAGRAPHS.stream()).toList();

  private ShownMaterials() {}

  /**
   * {@code fields} as shown, each under its own name, and the approving body by its name (理事会,
   * 常务理事会) under {@code boardBody}.
   */
  public static TypedValue of(List<String> fields, Function<String, Object> typed) {
    Map<String, String> shown = new LinkedHashMap<>();
    fields.forEach(field -> shown.put(field, shown(field, typed)));
    shown.put(ApplicationVariables.BOARD_BODY, boardBody(typed));
    return FormJson.of(shown);
  }

  /**
   * The same texts as a string variable each, as applications submitted before {@link
   * ApplicationVariables#SHOWN_MATERIALS} hold them: their instances keep their deployment's forms,
   * which read {@code achievementC1Markdown}, …, and {@code boardBodyText}.
   */
  static Map<String, Object> formerCopies(List<String> fields, Function<String, Object> typed) {
    Map<String, Object> copies = new LinkedHashMap<>();
    fields.forEach(field -> copies.put(field + "Markdown", shown(field, typed)));
    copies.put(ApplicationVariables.FORMER_BOARD_BODY_TEXT, boardBody(typed));
    return copies;
  }

  private static String shown(String field, Function<String, Object> typed) {
    Object value = typed.apply(field);
    String text = value == null ? "" : value.toString();
    return PARAGRAPHS.contains(field) ? Markdown.paragraphs(text) : Markdown.escape(text);
  }

  private static String boardBody(Function<String, Object> typed) {
    return BoardBody.of((String) typed.apply(ApplicationVariables.BOARD_BODY)).map(BoardBody::label).orElse("");
  }
}
