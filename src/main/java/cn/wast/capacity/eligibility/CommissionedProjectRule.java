package cn.wast.capacity.eligibility;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.society.CommissionedProject;
import cn.wast.capacity.society.SocietyRecord;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R-EXCL-3: a project commissioned by WAST or a related department left uncompleted. Seed, 三(二):
 * “未按要求完成武汉市科协及相关部门委托项目”.
 *
 * <p>A project due before the application date that was not completed by its due date excludes:
 * not completed at all (or only after the application date), or completed late. A project due
 * on the application date itself is not yet overdue. The reason names each such project.
 */
@Component
public class CommissionedProjectRule implements EligibilityRule {

  public static final String ID = "R-EXCL-3";

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord society, LocalDate applicationDate) {
    List<String> problems = society.commissionedProjects().stream()
        .filter(p -> p.dueOn().isBefore(applicationDate))
        .filter(p -> p.completedOn() == null || p.completedOn().isAfter(p.dueOn()))
        .map(p -> describe(p, applicationDate))
        .toList();
    return problems.isEmpty()
        ? RuleOutcome.pass(ID)
        : RuleOutcome.fail(ID, "未按要求完成委托项目：" + String.join("；", problems));
  }

  private static String describe(CommissionedProject p, LocalDate applicationDate) {
    String project = p.commissionedBy() + "委托的“" + p.title() + "”应于" + ChineseDates.date(p.dueOn()) + "完成，";
    if (p.completedOn() == null || p.completedOn().isAfter(applicationDate)) {
      return project + "至申报之日未完成";
    }
    return project + "逾期至" + ChineseDates.date(p.completedOn()) + "完成";
  }
}
