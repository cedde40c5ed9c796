package cn.wast.capacity.eligibility;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.society.FraudBan;
import cn.wast.capacity.society.SocietyRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * R-EXCL-4: disqualified for fraud within the last three years (R-SUP-1). Seed, 五(二): “对弄虚作假、虚报业绩等违规行为要严肃查处，
 * 撤销相关学会承担专项的资格并收回已拨付的专项资金，同时连续3年取消其申报资格”.
 *
 * <p>A ban refuses from the day it was decided to its last day, both included; the day after its
 * last day the society may apply again. The reason names the ban's last day (of the latest-ending
 * ban, if several are in force).
 */
@Component
public class FraudBanRule implements EligibilityRule {

  public static final String ID = "R-EXCL-4";

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord society, LocalDate applicationDate) {
    Optional<FraudBan> ban = society.fraudBans().stream()
        .filter(b -> b.inForceOn(applicationDate))
        .max(Comparator.comparing(FraudBan::lastDay));
    return ban.map(b -> RuleOutcome.fail(ID, "因弄虚作假被取消申报资格至"
            + ChineseDates.date(b.lastDay()) + "（" + b.grounds() + "）"))
        .orElseGet(() -> RuleOutcome.pass(ID));
  }
}
