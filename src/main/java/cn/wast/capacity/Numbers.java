package cn.wast.capacity;

import java.math.BigDecimal;

/** Numbers as forms, pages and messages show them. */
public final class Numbers {

  private Numbers() {}

  /** Without trailing zeros or an exponent: 120000, 12.5, 0.3. */
  public static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
