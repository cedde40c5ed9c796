package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-SUP-1: the office's record that an overpayment went back to the society. */
public record Refund(Optional<LocalDate> refundedOn, Optional<String> voucher) {

  public static Refund read(FormValues values) {
    return new Refund(values.date(RecoveryVariables.REFUNDED_ON), values.text(RecoveryVariables.REFUND_VOUCHER));
  }

  public List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (refundedOn.isEmpty() || refundedOn.get().isAfter(today)) {
      problems.add("请填写多缴款退还日期（不晚于今天）");
    }
    if (voucher.isEmpty() || voucher.get().length() > 50) {
      problems.add("请填写退还凭证号（不超过 50 个字符）");
    }
    return problems;
  }
}
