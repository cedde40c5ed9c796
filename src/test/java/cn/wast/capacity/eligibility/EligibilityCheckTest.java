package cn.wast.capacity.eligibility;

import static cn.wast.capacity.support.SocietyRecordBuilder.APPLIED;
import static cn.wast.capacity.support.SocietyRecordBuilder.passing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.wast.capacity.rules.RuleClauses;
import cn.wast.capacity.society.AnnualInspection;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.society.ViolationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-APP-1, R-ELIG-1..5, R-EXCL-1..4 together: every rule runs, every failure is collected in rule
 * order, and a society the registry does not know fails R-APP-1 alone.
 */
@DisplayName("R-APP-1 R-ELIG-1..5 R-EXCL-1..4 EligibilityCheck")
class EligibilityCheckTest {

  private final SocietyRegistry registry = mock(SocietyRegistry.class);
  private final EligibilityCheck check = new EligibilityCheck(registry, shuffledRules());

  private static List<EligibilityRule> shuffledRules() {
    EligibilityProperties properties = EligibilityProperties.defaults();
    List<EligibilityRule> rules = new ArrayList<>(List.of(
        new FraudBanRule(),
        new AnnualInspectionRule(),
        new CommissionedProjectRule(),
        new AffiliationRule(),
        new ViolationRule(properties),
        new WorkReportRule(properties),
        new PublicCriticismRule(properties),
        new InternalManagementRule(),
        new SecretariatRule(properties),
        new FinancialManagementRule()));
    Collections.reverse(rules);
    return rules;
  }

  @Test
  @DisplayName("the rules run in order R-APP-1, R-ELIG-1..5, R-EXCL-1..4, however they are given")
  void rulesInOrder() {
    assertThat(check.ruleIds()).containsExactly(
        "R-APP-1", "R-ELIG-1", "R-ELIG-2", "R-ELIG-3", "R-ELIG-4", "R-ELIG-5",
        "R-EXCL-1", "R-EXCL-2", "R-EXCL-3", "R-EXCL-4");
  }

  @Test
  @DisplayName("a society that meets every rule is eligible")
  void eligible() {
    when(registry.loadRecord("TEST", APPLIED)).thenReturn(Optional.of(passing().build()));

    EligibilityVerdict verdict = check.check("TEST", APPLIED);

    assertThat(verdict.eligible()).isTrue();
    assertThat(verdict.failures()).isEmpty();
    assertThat(verdict.reasonLines()).isEmpty();
  }

  @Test
  @DisplayName("every failure is collected, in rule order, each line naming its rule")
  void everyFailureCollected() {
    SocietyRecord record = passing()
        .affiliated(false)
        .inspections(new AnnualInspection(2024, true), new AnnualInspection(2025, false))
        .secretaryGeneral(null, SecretaryGeneralTenure.NONE)
        .violation(ViolationKind.PENALTY, "罚款", LocalDate.of(2025, 8, 3))
        .ban(LocalDate.of(2025, 7, 1), LocalDate.of(2028, 6, 30))
        .build();

    EligibilityVerdict verdict = check.check(record, APPLIED);

    assertThat(verdict.eligible()).isFalse();
    assertThat(verdict.failedRuleIds()).containsExactly("R-APP-1", "R-ELIG-1", "R-ELIG-4", "R-EXCL-2", "R-EXCL-4");
    assertThat(verdict.reasonLines()).containsExactly(
        RuleClauses.reason("R-APP-1", "该学会不是武汉市科协所属学会"),
        RuleClauses.reason("R-ELIG-1", "2025年度社团年检不合格"),
        RuleClauses.reason("R-ELIG-4", "未配备专兼职秘书长（或副秘书长）"),
        RuleClauses.reason("R-EXCL-2", "受到武汉市民政局处罚：罚款（2025年8月3日）"),
        RuleClauses.reason("R-EXCL-4", "因弄虚作假被取消申报资格至2028年6月30日（虚报业绩）"));
  }

  @Test
  @DisplayName("R-APP-1: a society the registry does not know fails R-APP-1 alone")
  void unknownSociety() {
    when(registry.loadRecord("NOSUCH", APPLIED)).thenReturn(Optional.empty());

    EligibilityVerdict verdict = check.check("NOSUCH", APPLIED);

    assertThat(verdict.failures()).containsExactly(RuleOutcome.fail("R-APP-1", "该学会未在市科协登记"));
    assertThat(verdict.reasonLines()).containsExactly(RuleClauses.reason("R-APP-1", "该学会未在市科协登记"));
  }

  @Test
  @DisplayName("a verdict lists failures only, and a failure always has its reason")
  void outcomesAreWellFormed() {
    assertThatThrownBy(() -> RuleOutcome.fail("R-ELIG-1", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new EligibilityVerdict(List.of(RuleOutcome.pass("R-ELIG-1"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
