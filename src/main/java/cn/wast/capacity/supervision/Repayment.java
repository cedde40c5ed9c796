package cn.wast.capacity.supervision;

import cn.wast.capacity.Numbers;
import cn.wast.capacity.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-SUP-1: the repayment as the office records it: the date, the amount and the voucher. */
public record Repayment(Optional<LocalDate> repaidOn, Optional<BigDecimal> amount, Optional<String> voucher) {

  public static Repayment read(FormValues values) {
    return new Repayment(values.date("repaidOn"), values.decimal("repaidAmount", 2), values.text("repaymentVoucher"));
  }

  public List<String> problems(BigDecimal due, LocalDate decidedOn, LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (repaidOn.isEmpty()) {
      problems.add("请填写退款到账日期");
    } else if (repaidOn.get().isBefore(decidedOn) || repaidOn.get().isAfter(today)) {
      problems.add("退款到账日期须在撤销资格决定之日（" + decidedOn + "）和今天之间");
    }
    if (amount.isEmpty()) {
      problems.add("请填写退款金额（元，最多两位小数）");
    } else if (amount.get().compareTo(due) != 0) {
      problems.add("退款金额须等于应退回的 " + Numbers.yuan(due) + "；未全额退回的，请在全额到账后再记录");
    }
    if (voucher.isEmpty() || voucher.get().length() > 50) {
      problems.add("请填写退款凭证号（不超过 50 个字符）");
    }
    return problems;
  }
}
