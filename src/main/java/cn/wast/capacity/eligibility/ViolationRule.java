package cn.wast.capacity.eligibility;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * R-EXCL-1: violations of discipline or law. Seed, 三(二): “出现下列情形之一的，对其申请不予受理：有违纪违法行为”.
 *
 * <p>Any DISCIPLINE_OR_LAW violation recorded within {@code capacity.eligibility.violation-look-back}
 * before the application date (the boundary day included) excludes.
 */
@Component
public class ViolationRule implements EligibilityRule {

  public static final String ID = "R-EXCL-1";

  private final EligibilityProperties properties;

  public ViolationRule(EligibilityProperties properties) {
    this.properties = properties;
  }

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord society, LocalDate applicationDate) {
    List<Violation> found =
        ViolationLookBack.within(society, Set.of(ViolationKind.DISCIPLINE_OR_LAW), applicationDate, properties);
    return found.isEmpty()
        ? RuleOutcome.pass(ID)
        : RuleOutcome.fail(ID, "有违纪违法行为：" + found.stream()
            .map(v -> v.description() + "（" + ViolationLookBack.authority(v) + "，"
                + ChineseDates.date(v.recordedOn()) + "）")
            .collect(Collectors.joining("；")));
  }
}
