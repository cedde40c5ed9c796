package cn.wast.capacity.funds;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A purpose as the lexicon reads it: full and half width alike (NFKC), lower case, without
 * spaces and punctuation, so that “购置 办公桌椅”, “购置办公桌、椅” and “购置办公桌椅” read the same.
 */
public final class PurposeText {

  private PurposeText() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(folded.length());
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
