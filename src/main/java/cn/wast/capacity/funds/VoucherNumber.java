package cn.wast.capacity.funds;

import java.text.Normalizer;

/**
 * R-FUND-2: a voucher number as the ledger and the upload page compare it: full-width characters
 * as their half-width forms (NFKC), without the spaces around it, so 记－００１ is 记-001.
 */
public final class VoucherNumber {

  public static final int MAX_LENGTH = 50;

  private VoucherNumber() {}

  public static String of(String typed) {
    return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
  }
}
