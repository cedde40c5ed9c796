package cn.wast.capacity.eligibility;

import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R-ELIG-5: sound financial and asset rules, an independent bank account and financial staff.
 * Seed, 三(一): “财务资产制度健全、管理规范，有独立的银行账号和财务管理人员”. The reason lists
 * every missing element.
 */
@Component
public class FinancialManagementRule implements EligibilityRule {

  public static final String ID = "R-ELIG-5";

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord record, LocalDate applicationDate) {
    Society society = record.society();
    List<String> missing = new ArrayList<>();
    if (!society.financialRulesInPlace()) {
      missing.add("财务资产制度不健全");
    }
    if (!society.independentBankAccount()) {
      missing.add("无独立的银行账号");
    }
    if (society.financialStaffCount() < 1) {
      missing.add("无财务管理人员");
    }
    return missing.isEmpty()
        ? RuleOutcome.pass(ID)
        : RuleOutcome.fail(ID, "财务管理不符合要求：" + String.join("、", missing));
  }
}
