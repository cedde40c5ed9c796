package cn.wast.capacity.funds;

import cn.wast.capacity.Markdown;
import cn.wast.capacity.Numbers;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * R-CHK-1, R-DYN-1: for the office deciding a check, what of the award was paid, what is held
 * and why, and what is not yet paid, as Markdown for a form (the reasons escaped).
 */
@Component
public class PaymentStanding {

  private final Payments payments;
  private final HeldTranches held;

  PaymentStanding(Payments payments, HeldTranches held) {
    this.payments = payments;
    this.held = held;
  }

  public String markdown(String applicationKey, BigDecimal award) {
    BigDecimal paid = payments.paid(applicationKey);
    StringBuilder text = new StringBuilder("已拨付 " + Numbers.yuan(paid));
    for (HeldTranches.Held h : held.findByApplication(applicationKey)) {
      if (h.releasedAt() == null) {
        text.append("；暂缓拨付 ").append(h.tranche().label()).append(" ").append(Numbers.yuan(h.amount()))
            .append("（").append(Markdown.escape(h.reason())).append("）");
      }
    }
    return text.append("；尚未拨付 ").append(Numbers.yuan(award.subtract(paid))).toString();
  }
}
