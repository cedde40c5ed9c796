package cn.wast.capacity.eligibility;

import cn.wast.capacity.society.SocietyRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One rule of the programme's eligibility (R-APP-1, R-ELIG-1..5) or exclusions (R-EXCL-1..4),
 * applied to a society as the registry stood on the application date.
 */
public interface EligibilityRule {

  /**
   * The order in which rules run and their failures are listed: R-APP-*, then R-ELIG-*, then
   * R-EXCL-*, each by number.
   */
  Comparator<String> RULE_ID_ORDER = Comparator
      .comparingInt((String id) -> List.of("APP", "ELIG", "EXCL").indexOf(id.split("-")[1]))
      .thenComparingInt(id -> Integer.parseInt(id.split("-")[2]));

  /** The rule's id in RULES.md, e.g. {@code R-ELIG-1}. */
  String ruleId();

  RuleOutcome check(SocietyRecord society, LocalDate applicationDate);
}
