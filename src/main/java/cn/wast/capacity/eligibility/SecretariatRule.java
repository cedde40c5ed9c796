package cn.wast.capacity.eligibility;

import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * R-ELIG-4: a full- or part-time secretary-general (or deputy) in post, with staff of a size fit
 * for the work. Seed, 三(一): “配备有较强执行力的专兼职秘书长（或副秘书长）和相应规模的学会工作人员”.
 *
 * <p>In post: tenure FULL_TIME or PART_TIME and a name on record. Staff: at least
 * {@code capacity.eligibility.minimum-staff}.
 */
@Component
public class SecretariatRule implements EligibilityRule {

  public static final String ID = "R-ELIG-4";

  private final EligibilityProperties properties;

  public SecretariatRule(EligibilityProperties properties) {
    this.properties = properties;
  }

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord record, LocalDate applicationDate) {
    Society society = record.society();
    List<String> problems = new ArrayList<>();
    if (society.secretaryGeneralTenure() == SecretaryGeneralTenure.NONE) {
      problems.add("未配备专兼职秘书长（或副秘书长）");
    } else if (society.secretaryGeneralName() == null || society.secretaryGeneralName().isBlank()) {
      problems.add("秘书长（或副秘书长）人选未登记");
    }
    if (society.staffCount() < properties.minimumStaff()) {
      problems.add("学会工作人员" + society.staffCount() + "人，少于规定的" + properties.minimumStaff() + "人");
    }
    return problems.isEmpty() ? RuleOutcome.pass(ID) : RuleOutcome.fail(ID, String.join("；", problems));
  }
}
