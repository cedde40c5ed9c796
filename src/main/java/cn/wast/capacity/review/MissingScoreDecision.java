package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R-REV-2: the office's decision on a seat with no score: the deadline passed, or the expert
 * recused and no replacement was free. Extend the deadline, name a replacement, or withdraw the
 * seat (the application is then scored by the other experts).
 */
public record MissingScoreDecision(
    Optional<String> decision, Optional<LocalDate> newDueDate, Optional<String> replacement, Optional<String> note) {

  public static final String EXTEND = "extend";
  public static final String REPLACE = "replace";
  public static final String WITHDRAW_SEAT = "withdrawSeat";
  static final int MIN_NOTE = 10;

  /** Why the seat came to the office. */
  public enum Cause { OVERDUE, NO_REPLACEMENT }

  public static MissingScoreDecision read(FormValues values) {
    return new MissingScoreDecision(values.text(ReviewVariables.MISSING_SCORE_DECISION), values.date(ReviewVariables.NEW_DUE_DATE),
        values.text(ReviewVariables.REPLACEMENT_EXPERT), values.text(ReviewVariables.MISSING_SCORE_NOTE));
  }

  /** Every problem, in Chinese; empty when the decision may be applied. */
  public List<String> problems(LocalDate today, Cause cause, Set<String> replacements) {
    List<String> problems = new ArrayList<>();
    String chosen = decision.orElse("");
    switch (chosen) {
      case EXTEND -> {
        if (cause == Cause.NO_REPLACEMENT) {
          problems.add("该专家已申请回避，不能延期：请更换专家，或撤销该评审席位");
        } else if (newDueDate.isEmpty() || !newDueDate.get().isAfter(today)) {
          problems.add("请填写新的评分截止日期，须晚于今天");
        }
      }
      case REPLACE -> {
        if (replacements.isEmpty()) {
          problems.add("没有可替换的专家（其余专家均已在评该申报或与该学会有利益关联）：请撤销该评审席位");
        } else if (replacement.isEmpty() || !replacements.contains(replacement.get())) {
          problems.add("请从列出的专家中选择替换人选");
        }
      }
      case WITHDRAW_SEAT -> {
        if (note.map(String::length).orElse(0) < MIN_NOTE) {
          problems.add("撤销评审席位时，请说明理由（至少 " + MIN_NOTE + " 个字）");
        }
      }
      default -> problems.add("请选择处理方式：延期、更换专家或撤销该评审席位");
    }
    return problems;
  }
}
