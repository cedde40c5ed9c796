package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-ELIG-5: financial and asset rules, an independent bank account and financial staff. */
@DisplayName("R-ELIG-5 FinancialManagementRule")
class FinancialManagementRuleTest {

  private final FinancialManagementRule rule = new FinancialManagementRule();

  @Test
  @DisplayName("R-ELIG-5: rules, an own account and financial staff pass")
  void completePasses() {
    assertThat(rule.check(passing().build(), APPLIED)).isEqualTo(RuleOutcome.pass("R-ELIG-5"));
  }

  @Test
  @DisplayName("R-ELIG-5: no financial rules fails")
  void noRulesFails() {
    assertThat(rule.check(passing().financialRulesInPlace(false).build(), APPLIED))
        .isEqualTo(RuleOutcome.fail("R-ELIG-5", "财务管理不符合要求：财务资产制度不健全"));
  }

  @Test
  @DisplayName("R-ELIG-5: no independent bank account fails")
  void noAccountFails() {
    assertThat(rule.check(passing().independentBankAccount(false).build(), APPLIED))
        .isEqualTo(RuleOutcome.fail("R-ELIG-5", "财务管理不符合要求：无独立的银行账号"));
  }

  @Test
  @DisplayName("R-ELIG-5: no financial staff fails")
  void noStaffFails() {
    assertThat(rule.check(passing().financialStaff(0).build(), APPLIED))
        .isEqualTo(RuleOutcome.fail("R-ELIG-5", "财务管理不符合要求：无财务管理人员"));
  }

  @Test
  @DisplayName("R-ELIG-5: every missing element is listed")
  void everyMissingElementListed() {
    var record = passing().financialRulesInPlace(false).independentBankAccount(false).financialStaff(0).build();

    assertThat(rule.check(record, APPLIED).reason())
        .isEqualTo("财务管理不符合要求：财务资产制度不健全、无独立的银行账号、无财务管理人员");
  }
}
