package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-SUP-1: one instalment as the office records it: the date it came in, the amount and the
 * voucher. Any positive amount is taken: a part leaves a balance, more than the balance is an
 * overpayment to refund.
 */
public record Repayment(Optional<LocalDate> repaidOn, Optional<BigDecimal> amount, Optional<String> voucher) {

  public static Repayment read(FormValues values) {
    return new Repayment(values.date(RecoveryVariables.REPAID_ON), values.decimal(RecoveryVariables.REPAID_AMOUNT, 2), values.text(RecoveryVariables.REPAYMENT_VOUCHER));
  }

  public List<String> problems(LocalDate openedOn, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (repaidOn.isEmpty()) {
      problems.add("请填写退款到账日期");
    } else if (repaidOn.get().isBefore(openedOn) || repaidOn.get().isAfter(today)) {
      problems.add("退款到账日期须在追回决定之日（" + openedOn + "）和今天之间");
    }
    if (amount.isEmpty() || amount.get().signum() <= 0) {
      problems.add("请填写本次到账的退款金额（元，大于 0，最多两位小数）");
    }
    if (voucher.isEmpty() || voucher.get().length() > 50) {
      problems.add("请填写退款凭证号（不超过 50 个字符）");
    }
    return problems;
  }
}
