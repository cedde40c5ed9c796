package cn.wast.capacity.support;

/** Texts at a form's length limit, for the tests that fill a field to it. */
public final class FullLength {

  private FullLength() {}

  /**
   * {@code piece} repeated to exactly {@code length} characters as a form counts them (UTF-16
   * units, an emoji two), never ending in a space (which the form's value loses to trimming) or in
   * half an emoji: such a last character becomes 。.
   */
  public static String of(String piece, int length) {
    int[] characters = piece.codePoints().toArray();
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < length; i++) {
      int next = characters[i % characters.length];
      int room = length - text.length();
      boolean last = Character.charCount(next) >= room;
      text.appendCodePoint(last && (Character.charCount(next) > room || Character.isWhitespace(next)) ? '。' : next);
    }
    return text.toString();
  }
}
