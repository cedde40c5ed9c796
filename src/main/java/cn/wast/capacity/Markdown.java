package cn.wast.capacity;

/** Text from users or the database put into a Camunda Form's markdown, never read as markdown. */
public final class Markdown {

  private Markdown() {}

  /** Every character markdown or HTML gives meaning to is escaped, and line breaks become spaces. */
  public static String escape(String text) {
    return text == null ? "" : text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!|<>~])", "\\\\$1").replace("\n", " ");
  }
}
