package cn.wast.capacity;

/** Text from users or the database put into a Camunda Form's markdown, never read as markdown. */
public final class Markdown {

  private Markdown() {}

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
