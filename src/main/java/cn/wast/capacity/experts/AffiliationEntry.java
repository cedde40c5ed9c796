package cn.wast.capacity.experts;

import cn.wast.capacity.DateInput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A new affiliation as the office typed it: the society's code, the role and the dates, typed
 * the Chinese ways ({@link DateInput}). The problems that need no database are found here; the
 * society's existence and duplicates are checked by {@link ExpertPool}.
 */
public record AffiliationEntry(String societyCode, String role, String startedOn, String endedOn) {

  public AffiliationEntry {
    societyCode = ExpertDetails.clean(societyCode).toUpperCase(Locale.ROOT);
    role = ExpertDetails.clean(role);
    startedOn = ExpertDetails.clean(startedOn);
    endedOn = ExpertDetails.clean(endedOn);
  }

  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("societyCode", societyCode);
    values.put("role", role);
    values.put("startedOn", startedOn);
    values.put("endedOn", endedOn);
    return values;
  }

  Optional<AffiliationRole> chosenRole() {
    return Arrays.stream(AffiliationRole.values()).filter(r -> r.name().equals(role)).findFirst();
  }

  Optional<LocalDate> start() {
    return DateInput.parse(startedOn);
  }

  Optional<LocalDate> end() {
    return DateInput.parse(endedOn);
  }

  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (societyCode.isEmpty()) {
      problems.put("societyCode", "请填写学会代码（可从列表中选择）");
    }
    if (chosenRole().isEmpty()) {
      problems.put("role", "请选择关联类型：会员、现任负责人或理事、曾任负责人或理事");
    }
    DateInput.problem(startedOn).ifPresent(p -> problems.put("startedOn", "起始日期：" + p));
    DateInput.problem(endedOn).ifPresent(p -> problems.put("endedOn", "终止日期：" + p));
    if (endedOn.isEmpty() && chosenRole().filter(r -> r == AffiliationRole.FORMER_OFFICER).isPresent()) {
      problems.put("endedOn", "曾任负责人或理事须填写终止日期（卸任日期），回避期限从这一天起算");
    }
    endsBeforeStart(start(), end()).ifPresent(p -> problems.put("endedOn", p));
    return problems;
  }

  static Optional<String> endsBeforeStart(Optional<LocalDate> start, Optional<LocalDate> end) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      return Optional.of("终止日期（" + end.get() + "）不能早于起始日期（" + start.get() + "）");
    }
    return Optional.empty();
  }
}
