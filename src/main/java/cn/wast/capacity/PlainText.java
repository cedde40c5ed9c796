package cn.wast.capacity;

/**
 * Text as people read it: its length counts characters (code points), so an emoji is one, and
 * characters nobody sees are not text: control characters (CR, LF, NUL, …), invisible formatting
 * (zero-width space and joiners, word joiner, BOM, the bidirectional overrides and isolates),
 * line and paragraph separators and lone surrogates.
 */
public final class PlainText {

  private PlainText() {}

  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * The length a form's {@code maxLength} counts, as the browser counts it: UTF-16 units, so an
   * emoji (or a rare character outside the Basic Multilingual Plane) is two. A string variable
   * holds 4,000 of them on H2, so a text is never longer on the server than the form let through.
   */
  public static int formLength(String text) {
    return text.length();
  }

  /** A note for a text too long by {@link #formLength}, when some of its characters count twice. */
  public static String formLengthNote(String text) {
    return formLength(text) > length(text) ? "（表情符号等个别字符按 2 个字计）" : "";
  }

  /** Whether a one-line text holds a character nobody sees. */
  public static boolean hasHidden(String text) {
    return text.codePoints().anyMatch(PlainText::hidden);
  }

  /** Whether a multi-line text holds a character nobody sees other than its line breaks (LF). */
  public static boolean hasHiddenBesidesLineBreaks(String text) {
    return text.codePoints().anyMatch(c -> c != '\n' && hidden(c));
  }

  /** CR LF and a lone CR, as browsers and old systems send line breaks, as LF. */
  public static String unifyLineBreaks(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Every run of whitespace as one space, without any at either end: for comparing texts. */
  public static String collapseWhitespace(String text) {
    return text.strip().replaceAll("[\\s\\p{Z}]+", " ");
  }

  /**
   * A typed text as one sentence of a letter: whatever stop or comma it ends with (。．.，,；;、：:)
   * replaced by one 。, so the letter's next sentence never follows “。，” or “。。”. A text ending
   * in ！ or ？ keeps it.
   */
  public static String sentence(String text) {
    String trimmed = text.strip().replaceAll("[。．.，,；;、：:\\s]+$", "");
    return trimmed.endsWith("！") || trimmed.endsWith("？") ? trimmed : trimmed + "。";
  }

  public static boolean hidden(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
