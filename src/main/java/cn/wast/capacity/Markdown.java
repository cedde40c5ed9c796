package cn.wast.capacity;

import java.util.List;
import java.util.function.IntFunction;

/** Text from users or the database put into a Camunda Form's markdown, never read as markdown. */
public final class Markdown {

  private Markdown() {}

  /** The most characters a string process variable holds (Camunda's TEXT_ columns). */
  public static final int MAX_VARIABLE_LENGTH = 4000;

  /**
   * The heading and the lines under it, one a line, as many from the top as fit in a string
   * variable: a form's list grows with the round, and a longer text would fail the step that
   * sets it. When lines are left out, {@code omittedNote} (given how many) ends the text.
   */
  public static String fitting(String heading, List<String> lines, IntFunction<String> omittedNote) {
    StringBuilder text = new StringBuilder(heading);
    int room = MAX_VARIABLE_LENGTH - heading.length();
    int shown = 0;
    for (String line : lines) {
      int needed = line.length() + (shown > 0 ? 1 : 0);
      boolean last = shown == lines.size() - 1;
      if (needed > room - (last ? 0 : omittedNote.apply(lines.size()).length())) {
        break;
      }
      text.append(shown > 0 ? "\n" : "").append(line);
      room -= needed;
      shown++;
    }
    if (shown < lines.size()) {
      text.append(omittedNote.apply(lines.size() - shown));
    }
    return text.toString();
  }

  /**
   * A link to one of our pages; characters that would break the link in its text (a file name,
   * say) become underscores.
   */
  public static String link(String text, String url) {
    return "[" + text.replaceAll("[\\[\\]()*_`<>{}]", "_") + "](" + url + ")";
  }

  /** Every character markdown or HTML gives meaning to is escaped, and line breaks become spaces. */
  public static String escape(String text) {
    return text == null ? "" : text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!|<>~])", "\\\\$1").replace("\n", " ");
  }
}
