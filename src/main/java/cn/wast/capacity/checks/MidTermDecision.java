package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.funds.ImplementationVariables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-CHK-1, R-SUP-1: the office's conclusion: passed; passed with corrections to make by a date;
 * failed, with its reasons and corrections by a date (the tranche is held); or signs of fraud,
 * with the grounds (nothing is paid and the disqualification starts). Only a pass pays.
 */
public record MidTermDecision(Optional<String> decision, Optional<String> corrections, Optional<LocalDate> correctBy,
    Optional<String> reasons, Optional<String> grounds) {

  public static final String PASSED = "passed";
  public static final String WITH_CORRECTIONS = "passedWithCorrections";
  public static final String FAILED = "failed";
  public static final String FRAUD = "fraud";
  static final int MIN_CORRECTIONS = 10;
  static final int MIN_REASONS = 10;

  public static MidTermDecision read(FormValues values) {
    return new MidTermDecision(values.text(ImplementationVariables.MID_TERM_DECISION), values.text(ImplementationVariables.CORRECTIONS), values.date(ImplementationVariables.CORRECT_BY),
        values.text(ImplementationVariables.MID_TERM_REASONS), values.text(ImplementationVariables.FRAUD_GROUNDS));
  }

  /** The conclusion; null when none of the four was chosen. */
  public CheckOutcome outcome() {
    return switch (decision.orElse("")) {
      case PASSED -> CheckOutcome.PASSED;
      case WITH_CORRECTIONS -> CheckOutcome.PASSED_WITH_CORRECTIONS;
      case FAILED -> CheckOutcome.FAILED;
      case FRAUD -> CheckOutcome.FRAUD_REFERRED;
      default -> null;
    };
  }

  /** Whether the mid-term tranche is paid: on a pass, with or without corrections, only. */
  public boolean pays() {
    return outcome() == CheckOutcome.PASSED || outcome() == CheckOutcome.PASSED_WITH_CORRECTIONS;
  }

  /** Whether corrections are ordered, to be made by a date. */
  public boolean ordersCorrections() {
    return outcome() == CheckOutcome.PASSED_WITH_CORRECTIONS || outcome() == CheckOutcome.FAILED;
  }

  public CheckFinding finding() {
    return new CheckFinding(outcome() == CheckOutcome.FRAUD_REFERRED, grounds);
  }

  public List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (outcome() == null) {
      problems.add("请选择检查结论：通过、通过但需限期整改、未通过，或发现弄虚作假线索");
      return problems;
    }
    if (ordersCorrections()) {
      if (corrections.map(String::length).orElse(0) < MIN_CORRECTIONS) {
        problems.add("请写明整改要求（至少 " + MIN_CORRECTIONS + " 个字），将发给学会");
      }
      if (correctBy.isEmpty() || !correctBy.get().isAfter(today)) {
        problems.add("请填写整改完成日期，须晚于今天");
      }
    }
    if (outcome() == CheckOutcome.FAILED && reasons.map(String::length).orElse(0) < MIN_REASONS) {
      problems.add("检查未通过时，请写明未通过的理由（至少 " + MIN_REASONS + " 个字），将发给学会");
    }
    problems.addAll(finding().problems());
    return problems;
  }
}
