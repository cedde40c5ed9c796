package cn.wast.capacity.eligibility;

import cn.wast.capacity.society.AnnualInspection;
import cn.wast.capacity.society.SocietyRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * R-ELIG-1: the annual inspection passed in each of the two years before the application year.
 * Seed, 三(一): “申报前连续两年社团年检合格”. A year with no inspection on record fails, naming
 * the year.
 */
@Component
public class AnnualInspectionRule implements EligibilityRule {

  public static final String ID = "R-ELIG-1";

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord society, LocalDate applicationDate) {
    List<String> problems = new ArrayList<>();
    int year = applicationDate.getYear();
    for (int inspected = year - 2; inspected < year; inspected++) {
      Optional<AnnualInspection> inspection = society.inspectionOf(inspected);
      if (inspection.isEmpty()) {
        problems.add(inspected + "年度无社团年检记录");
      } else if (!inspection.get().passed()) {
        problems.add(inspected + "年度社团年检不合格");
      }
    }
    return problems.isEmpty() ? RuleOutcome.pass(ID) : RuleOutcome.fail(ID, String.join("；", problems));
  }
}
