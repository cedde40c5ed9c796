package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-ELIG-3: standardised internal management and effective leadership (a board in its term). */
@DisplayName("R-ELIG-3 InternalManagementRule")
class InternalManagementRuleTest {

  private final InternalManagementRule rule = new InternalManagementRule();

  @Test
  @DisplayName("R-ELIG-3: sound management and a board in its term pass")
  void soundPasses() {
    assertThat(rule.check(passing().build(), APPLIED)).isEqualTo(RuleOutcome.pass("R-ELIG-3"));
  }

  @Test
  @DisplayName("R-ELIG-3: a term that ends on the application date still counts")
  void termEndingOnApplicationDatePasses() {
    assertThat(rule.check(passing().boardTermEndsOn(APPLIED).build(), APPLIED).passed()).isTrue();
  }

  @Test
  @DisplayName("R-ELIG-3: a term that ended the day before fails, naming the day")
  void lapsedTermFails() {
    assertThat(rule.check(passing().boardTermEndsOn(APPLIED.minusDays(1)).build(), APPLIED))
        .isEqualTo(RuleOutcome.fail("R-ELIG-3", "理事会任期已于2026年3月15日届满，未按期换届"));
  }

  @Test
  @DisplayName("R-ELIG-3: an unknown end of term fails")
  void unknownTermFails() {
    assertThat(rule.check(passing().boardTermEndsOn(null).build(), APPLIED))
        .isEqualTo(RuleOutcome.fail("R-ELIG-3", "理事会任期届满日期未登记，无法确认组织领导有力"));
  }

  @Test
  @DisplayName("R-ELIG-3: management assessed as not sound fails")
  void unsoundManagementFails() {
    assertThat(rule.check(passing().internalManagementSound(false).build(), APPLIED))
        .isEqualTo(RuleOutcome.fail("R-ELIG-3", "内部管理不规范"));
  }

  @Test
  @DisplayName("R-ELIG-3: both problems are named")
  void bothNamed() {
    var record = passing().internalManagementSound(false).boardTermEndsOn(null).build();

    assertThat(rule.check(record, APPLIED).reason())
        .isEqualTo("内部管理不规范；理事会任期届满日期未登记，无法确认组织领导有力");
  }
}
