package cn.wast.capacity.formalreview;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.application.ApplicationVariables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * R-REV-1: the office's formal-review decision as typed on the form, with the server-side check
 * of what the form checks: a known outcome, and the text that outcome needs.
 */
public record FormalReviewDecision(
    Optional<String> outcome, Optional<String> correctionRequest, Optional<String> rejectionReason) {

  public static final String ACCEPTED = "accepted";
  public static final String CORRECTION = "correction";
  public static final String REJECTED = "rejected";
  static final int TEXT_MIN = 5;
  static final int TEXT_MAX = 2000;

  public static FormalReviewDecision read(FormValues values) {
    return new FormalReviewDecision(
        values.text(ApplicationVariables.FORMAL_REVIEW_DECISION),
        values.text(ApplicationVariables.CORRECTION_REQUEST),
        values.text(ApplicationVariables.REJECTION_REASON));
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (outcome.isEmpty()) {
      problems.add("请选择审查结论：受理、需补正或不予通过");
      return problems;
    }
    if (Arrays.asList(ACCEPTED, CORRECTION, REJECTED).indexOf(outcome.get()) < 0) {
      problems.add("审查结论只能是受理、需补正或不予通过");
    } else if (CORRECTION.equals(outcome.get())) {
      text(problems, correctionRequest, "需补正的内容");
    } else if (REJECTED.equals(outcome.get())) {
      text(problems, rejectionReason, "不予通过的理由");
    }
    return problems;
  }

  private static void text(List<String> problems, Optional<String> text, String name) {
    if (text.isEmpty()) {
      problems.add("请填写" + name + "，它将通过邮件发给学会");
    } else if (text.get().length() < TEXT_MIN) {
      problems.add(name + "过于简略，至少 " + TEXT_MIN + " 字");
    } else if (text.get().length() > TEXT_MAX) {
      problems.add(name + "不能超过 " + TEXT_MAX + " 字");
    }
  }
}
