package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wast.capacity.society.SecretaryGeneralTenure;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-ELIG-4: a full- or part-time secretary-general (or deputy) in post, and at least the
 * configured staff (capacity.eligibility.minimum-staff, 2 by default).
 */
@DisplayName("R-ELIG-4 SecretariatRule")
class SecretariatRuleTest {

  private final SecretariatRule rule = new SecretariatRule(EligibilityProperties.defaults());

  @Test
  @DisplayName("R-ELIG-4: a full-time secretary-general and 3 staff pass")
  void fullTimePasses() {
    assertThat(rule.check(passing().build(), APPLIED)).isEqualTo(RuleOutcome.pass("R-ELIG-4"));
  }

  @Test
  @DisplayName("R-ELIG-4: a part-time secretary-general and exactly the minimum staff pass")
  void partTimeAtMinimumPasses() {
    var record = passing().secretaryGeneral("李娜", SecretaryGeneralTenure.PART_TIME).staff(2).build();

    assertThat(rule.check(record, APPLIED).passed()).isTrue();
  }

  @Test
  @DisplayName("R-ELIG-4: no secretary-general in post fails")
  void noSecretaryGeneralFails() {
    var record = passing().secretaryGeneral(null, SecretaryGeneralTenure.NONE).build();

    assertThat(rule.check(record, APPLIED))
        .isEqualTo(RuleOutcome.fail("R-ELIG-4", "未配备专兼职秘书长（或副秘书长）"));
  }

  @Test
  @DisplayName("R-ELIG-4: a tenure without a name on record fails")
  void unnamedSecretaryGeneralFails() {
    var record = passing().secretaryGeneral(" ", SecretaryGeneralTenure.FULL_TIME).build();

    assertThat(rule.check(record, APPLIED))
        .isEqualTo(RuleOutcome.fail("R-ELIG-4", "秘书长（或副秘书长）人选未登记"));
  }

  @Test
  @DisplayName("R-ELIG-4: one staff below the minimum fails, naming both numbers")
  void tooFewStaffFails() {
    assertThat(rule.check(passing().staff(1).build(), APPLIED))
        .isEqualTo(RuleOutcome.fail("R-ELIG-4", "学会工作人员1人，少于规定的2人"));
  }

  @Test
  @DisplayName("R-ELIG-4: the minimum comes from configuration")
  void minimumFromConfiguration() {
    var rule = new SecretariatRule(new EligibilityProperties(Period.ofDays(15), Period.ofYears(3), 5));

    assertThat(rule.check(passing().staff(4).build(), APPLIED).reason()).isEqualTo("学会工作人员4人，少于规定的5人");
    assertThat(rule.check(passing().staff(5).build(), APPLIED).passed()).isTrue();
  }

  @Test
  @DisplayName("R-ELIG-4: both problems are named")
  void bothNamed() {
    var record = passing().secretaryGeneral(null, SecretaryGeneralTenure.NONE).staff(0).build();

    assertThat(rule.check(record, APPLIED).reason())
        .isEqualTo("未配备专兼职秘书长（或副秘书长）；学会工作人员0人，少于规定的2人");
  }
}
