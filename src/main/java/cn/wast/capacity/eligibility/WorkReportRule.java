package cn.wast.capacity.eligibility;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.WorkReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R-ELIG-2: for each of the two years before the application year, the year-end work summary
 * and the next year's work plan reached WAST on time. Seed, 三(一): “并在年终按时提交本年度学会工作总结及下一年度工作计划”.
 *
 * <p>On time: on or before December 31 of that year plus {@code capacity.eligibility.work-report-grace}.
 * A document missing, or submitted only after the application date (the registry as it stood
 * that day did not have it), fails; so does one submitted after the deadline. The reason names the
 * year and the document.
 */
@Component
public class WorkReportRule implements EligibilityRule {

  public static final String ID = "R-ELIG-2";

  private final EligibilityProperties properties;

  public WorkReportRule(EligibilityProperties properties) {
    this.properties = properties;
  }

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord society, LocalDate applicationDate) {
    List<String> problems = new ArrayList<>();
    int year = applicationDate.getYear();
    for (int reported = year - 2; reported < year; reported++) {
      LocalDate deadline = LocalDate.of(reported, 12, 31).plus(properties.workReportGrace());
      WorkReport report = society.workReportOf(reported).orElse(new WorkReport(reported, null, null));
      check(reported + "年度工作总结", report.summarySubmittedOn(), deadline, applicationDate, problems);
      check((reported + 1) + "年度工作计划", report.planSubmittedOn(), deadline, applicationDate, problems);
    }
    return problems.isEmpty() ? RuleOutcome.pass(ID) : RuleOutcome.fail(ID, String.join("；", problems));
  }

  private static void check(
      String document, LocalDate submittedOn, LocalDate deadline, LocalDate applicationDate, List<String> problems) {
    if (submittedOn == null || submittedOn.isAfter(applicationDate)) {
      problems.add(document + "未报送（截止日期为" + ChineseDates.date(deadline) + "）");
    } else if (submittedOn.isAfter(deadline)) {
      problems.add(document + "未按时报送（" + ChineseDates.date(submittedOn) + "报送，截止日期为"
          + ChineseDates.date(deadline) + "）");
    }
  }
}
