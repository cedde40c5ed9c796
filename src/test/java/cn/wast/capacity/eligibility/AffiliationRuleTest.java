package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-APP-1: only societies affiliated with WAST apply. */
@DisplayName("R-APP-1 AffiliationRule")
class AffiliationRuleTest {

  private final AffiliationRule rule = new AffiliationRule();

  @Test
  @DisplayName("R-APP-1: a society of WAST passes")
  void affiliatedPasses() {
    assertThat(rule.check(passing().build(), APPLIED)).isEqualTo(RuleOutcome.pass("R-APP-1"));
  }

  @Test
  @DisplayName("R-APP-1: a society not affiliated with WAST fails")
  void notAffiliatedFails() {
    assertThat(rule.check(passing().affiliated(false).build(), APPLIED))
        .isEqualTo(RuleOutcome.fail("R-APP-1", "该学会不是武汉市科协所属学会"));
  }
}
