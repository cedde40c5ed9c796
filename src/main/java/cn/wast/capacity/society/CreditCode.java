package cn.wast.capacity.society;

import java.util.Locale;
import java.util.Optional;

/**
 * A 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from the code's
 * alphabet of digits and capital letters without I, O, Z, S and V; the last is a check character
 * over the first 17 (weights 3^i mod 31).
 */
public final class CreditCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {}

  /** The code as typed, trimmed and upper-cased, when it is one; otherwise the Chinese reason. */
  public static Checked check(String typed) {
    String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty()) {
      return Checked.refused("请填写统一社会信用代码");
    }
    if (code.length() != 18) {
      return Checked.refused("统一社会信用代码应为18位，现为" + code.length() + "位");
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Checked.refused("统一社会信用代码第" + (i + 1) + "位“" + code.charAt(i)
            + "”不是有效字符（只含数字和除I、O、Z、S、V以外的大写字母）");
      }
    }
    char expected = checkCharacter(code.substring(0, 17));
    if (code.charAt(17) != expected) {
      return Checked.refused("统一社会信用代码校验位不符，请核对后重新填写");
    }
    return new Checked(Optional.of(code), Optional.empty());
  }

  public static boolean isValid(String typed) {
    return check(typed).code().isPresent();
  }

  /** The check character of a code's first 17 characters. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("the check character is over 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** The outcome of {@link #check}: the normalised code, or why it is not one. */
  public record Checked(Optional<String> code, Optional<String> problem) {
    static Checked refused(String problem) {
      return new Checked(Optional.empty(), Optional.of(problem));
    }
  }
}
