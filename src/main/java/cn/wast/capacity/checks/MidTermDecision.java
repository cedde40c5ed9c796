package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-CHK-1: the office's conclusion: passed, or passed with corrections to make by a date. */
public record MidTermDecision(Optional<String> decision, Optional<String> corrections, Optional<LocalDate> correctBy) {

  public static final String PASSED = "passed";
  public static final String WITH_CORRECTIONS = "passedWithCorrections";
  static final int MIN_CORRECTIONS = 10;

  public static MidTermDecision read(FormValues values) {
    return new MidTermDecision(values.text("midTermDecision"), values.text("corrections"), values.date("correctBy"));
  }

  public CheckOutcome outcome() {
    return decision.filter(WITH_CORRECTIONS::equals).isPresent() ? CheckOutcome.PASSED_WITH_CORRECTIONS : CheckOutcome.PASSED;
  }

  public List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (decision.filter(d -> d.equals(PASSED) || d.equals(WITH_CORRECTIONS)).isEmpty()) {
      problems.add("请选择检查结论：通过，或通过但需整改");
    } else if (outcome() == CheckOutcome.PASSED_WITH_CORRECTIONS) {
      if (corrections.map(String::length).orElse(0) < MIN_CORRECTIONS) {
        problems.add("请写明整改要求（至少 " + MIN_CORRECTIONS + " 个字），将发给学会");
      }
      if (correctBy.isEmpty() || !correctBy.get().isAfter(today)) {
        problems.add("请填写整改完成日期，须晚于今天");
      }
    }
    return problems;
  }
}
