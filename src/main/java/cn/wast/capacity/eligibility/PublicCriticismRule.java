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
 * R-EXCL-2: public criticism or a penalty from an authority for breaking national rules. Seed,
 * 三(二): “违反国家相关规定，受到相关部门通报批评或处罚”.
 *
 * <p>Any PUBLIC_CRITICISM or PENALTY recorded within {@code capacity.eligibility.violation-look-back}
 * before the application date (the boundary day included) excludes.
 */
@Component
public class PublicCriticismRule implements EligibilityRule {

  public static final String ID = "R-EXCL-2";

  private final EligibilityProperties properties;

  public PublicCriticismRule(EligibilityProperties properties) {
    this.properties = properties;
  }

  @Override
  public String ruleId() {
    return ID;
  }

  @Override
  public RuleOutcome check(SocietyRecord society, LocalDate applicationDate) {
    List<Violation> found = ViolationLookBack.within(
        society, Set.of(ViolationKind.PUBLIC_CRITICISM, ViolationKind.PENALTY), applicationDate, properties);
    return found.isEmpty()
        ? RuleOutcome.pass(ID)
        : RuleOutcome.fail(ID, found.stream()
            .map(v -> "受到" + ViolationLookBack.authority(v)
                + (v.kind() == ViolationKind.PENALTY ? "处罚：" : "通报批评：")
                + v.description() + "（" + ChineseDates.date(v.recordedOn()) + "）")
            .collect(Collectors.joining("；")));
  }
}
