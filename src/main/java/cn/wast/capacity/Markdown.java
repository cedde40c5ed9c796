package cn.wast.capacity;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.function.IntFunction;

/** Text from users or the database put into a Camunda Form's markdown, never read as markdown. */
public final class Markdown {

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029]");
  private static final Pattern ASCII_PUNCTUATION = Pattern.compile("([!-/:-@\\[-`{-~])");

  private Markdown() {}

  /**
   * The most characters a string process variable keeps in Camunda's {@code TEXT_} column; a longer
   * one is kept as bytes ({@code database/LongTextVariables}). Lists shown on a form stop here too.
   */
  public static final int MAX_VARIABLE_LENGTH = 4000;

  /**
   * The heading and the lines under it, one a line, as many from the top as fit in
   * {@link #MAX_VARIABLE_LENGTH} characters: an overview on a form that grows with the round, whose
   * whole is elsewhere (a report, the form's options). When lines are left out,
   * {@code omittedNote} (given how many) ends the text.
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

  /**
   * Text as an inline run of literal characters: every ASCII punctuation character gets a
   * backslash, which CommonMark (and form-js's marked, with GFM) allows before any of them. That
   * covers headings, emphasis, links, images, tables, quotes, lists, code, HTML tags, entities
   * ({@code &}) and autolinks, bare URLs included ({@code http\:} no longer starts one). Line
   * breaks become spaces, so the text cannot leave the line the form puts it on.
   */
  public static String escape(String text) {
    return text == null ? "" : literal(LINE_BREAK.matcher(text).replaceAll(" "));
  }

  /**
   * Multi-line text as paragraphs of literal characters, for a form that shows it as a block of
   * its own: each line is escaped as by {@link #escape}, so none starts a heading, list or quote;
   * a line break stays one (form-js renders them), blank lines become one paragraph break, and a
   * line's leading spaces are dropped since four would start a code block, where a backslash shows.
   */
  public static String paragraphs(String text) {
    if (text == null) {
      return "";
    }
    String lines = LINE_BREAK.splitAsStream(text)
        .map(line -> literal(line.replaceFirst("^[ \\t]+", "").stripTrailing()))
        .collect(Collectors.joining("\n"));
    return lines.replaceAll("\n{3,}", "\n\n").replaceAll("^\n+|\n+$", "");
  }

  private static String literal(String line) {
    return ASCII_PUNCTUATION.matcher(line).replaceAll("\\\\$1");
  }
}
