package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-EXCL-4: a ban for fraud (three years) refuses from the day it was decided to its last
 * day, both included; the day after its last day the society may apply.
 */
@DisplayName("R-EXCL-4 FraudBanRule")
class FraudBanRuleTest {

  private static final LocalDate DECIDED = LocalDate.of(2025, 7, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2028, 6, 30);

  private final FraudBanRule rule = new FraudBanRule();

  @Test
  @DisplayName("R-EXCL-4: no ban passes")
  void noBanPasses() {
    assertThat(rule.check(passing().build(), APPLIED)).isEqualTo(RuleOutcome.pass("R-EXCL-4"));
  }

  @Test
  @DisplayName("R-EXCL-4: a ban in force refuses, naming its last day")
  void banInForceFails() {
    var record = passing().ban(DECIDED, LAST_DAY).build();

    assertThat(rule.check(record, APPLIED))
        .isEqualTo(RuleOutcome.fail("R-EXCL-4", "因弄虚作假被取消申报资格至2028年6月30日（虚报业绩）"));
  }

  @Test
  @DisplayName("R-EXCL-4: the ban's last day still refuses; the day after is accepted")
  void lastDayAndDayAfter() {
    var record = passing().ban(DECIDED, LAST_DAY).build();

    assertThat(rule.check(record, LAST_DAY).passed()).isFalse();
    assertThat(rule.check(record, LAST_DAY.plusDays(1)).passed()).isTrue();
  }

  @Test
  @DisplayName("R-EXCL-4: the ban runs from the day it was decided")
  void decidedDay() {
    var record = passing().ban(DECIDED, LAST_DAY).build();

    assertThat(rule.check(record, DECIDED).passed()).isFalse();
    assertThat(rule.check(record, DECIDED.minusDays(1)).passed()).isTrue();
  }

  @Test
  @DisplayName("R-EXCL-4: of two bans in force, the later last day is named; an expired one does not refuse")
  void severalBans() {
    var record = passing()
        .ban(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31))
        .ban(DECIDED, LAST_DAY)
        .ban(LocalDate.of(2026, 1, 5), LocalDate.of(2029, 1, 4))
        .build();

    assertThat(rule.check(record, APPLIED).reason()).contains("2029年1月4日");
    assertThat(rule.check(passing().ban(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)).build(), APPLIED)
        .passed()).isTrue();
  }
}
