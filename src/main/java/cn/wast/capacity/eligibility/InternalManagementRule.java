package cn.wast.capacity.eligibility;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R-ELIG-3: standardised internal management and effective leadership. Seed, 三(一):
 * “内部管理规范，组织领导有力”.
 *
 * <p>Internal management is the office's assessment in the registry. Leadership is effective while
 * the board's term runs: its last day is on or after the application date. A term whose end is not
 * on record fails, since the registry cannot show that the board is in office.
 */
@Component
public class InternalManagementRule implements EligibilityRule {

  public static final String ID = "R-ELIG-3";

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord record, LocalDate applicationDate) {
    Society society = record.society();
    List<String> problems = new ArrayList<>();
    if (!society.internalManagementSound()) {
      problems.add("内部管理不规范");
    }
    LocalDate termEnds = society.boardTermEndsOn();
    if (termEnds == null) {
      problems.add("理事会任期届满日期未登记，无法确认组织领导有力");
    } else if (termEnds.isBefore(applicationDate)) {
      problems.add("理事会任期已于" + ChineseDates.date(termEnds) + "届满，未按期换届");
    }
    return problems.isEmpty() ? RuleOutcome.pass(ID) : RuleOutcome.fail(ID, String.join("；", problems));
  }
}
