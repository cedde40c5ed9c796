package cn.wast.capacity.eligibility;

import cn.wast.capacity.society.SocietyRecord;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * R-APP-1: only societies affiliated with WAST apply. Seed, 四(一): “武汉市科协所属学会可根据自身情况以及通知的要求自愿申报”.
 */
@Component
public class AffiliationRule implements EligibilityRule {

  public static final String ID = "R-APP-1";

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord society, LocalDate applicationDate) {
    return society.society().affiliatedWithWast()
        ? RuleOutcome.pass(ID)
        : RuleOutcome.fail(ID, "该学会不是武汉市科协所属学会");
  }
}
