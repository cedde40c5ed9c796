package cn.wast.capacity.eligibility;

import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.SocietyRegistry;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R-APP-1, R-ELIG-1..5, R-EXCL-1..4: runs every eligibility rule on a society's record as the
 * registry holds it and collects every failure, not just the first, so that the society learns
 * at once all that stands in the way.
 */
@Component
public class EligibilityCheck {

  static final String NOT_REGISTERED = "该学会未在市科协登记";

  private final SocietyRegistry registry;
  private final List<EligibilityRule> rules;

  public EligibilityCheck(SocietyRegistry registry, List<EligibilityRule> rules) {
    this.registry = registry;
    this.rules = rules.stream()
        .sorted(Comparator.comparing(EligibilityRule::ruleId, EligibilityRule.RULE_ID_ORDER))
        .toList();
  }

  /**
   * The society's record as the registry held it on the application day (an office edit made
   * later never changes how an earlier application is judged). A society not registered that day
   * fails R-APP-1 only: it is not one of WAST's societies.
   */
  public EligibilityVerdict check(String societyCode, LocalDate applicationDate) {
    return registry.loadRecord(societyCode, applicationDate)
        .map(record -> check(record, applicationDate))
        .orElseGet(() -> new EligibilityVerdict(
            List.of(RuleOutcome.fail(AffiliationRule.ID, NOT_REGISTERED))));
  }

  public EligibilityVerdict check(SocietyRecord society, LocalDate applicationDate) {
    return new EligibilityVerdict(rules.stream()
        .map(rule -> rule.check(society, applicationDate))
        .filter(outcome -> !outcome.passed())
        .toList());
  }

  /** The rules in the order they run. */
  public List<String> ruleIds() {
    return rules.stream().map(EligibilityRule::ruleId).toList();
  }
}
