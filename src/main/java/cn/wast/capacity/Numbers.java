package cn.wast.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Numbers as forms, pages and messages show them. */
public final class Numbers {

  private Numbers() {}

  /** Money, the one way letters, pages and forms write it: "125,000.00 元". */
  public static String yuan(BigDecimal amount) {
    return String.format("%,.2f 元", amount);
  }

  /** R-EVAL-1: a score as the programme states it, to two decimals: "86.50". */
  public static String score(BigDecimal score) {
    return score.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A typed number, blanks and thousands separators allowed; empty when it is not one. */
  public static Optional<BigDecimal> parse(String typed) {
    try {
      return Optional.of(new BigDecimal(typed.replace(",", "").strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * How many decimals a number has, trailing zeros not counted: 73456.790 has two, 120000 none.
   * The one count every check of "at most n decimals" uses.
   */
  public static int decimals(BigDecimal number) {
    return Math.max(0, number.stripTrailingZeros().scale());
  }

  /** Without trailing zeros or an exponent: 120000, 12.5, 0.3. */
  public static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
