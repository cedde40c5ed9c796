package cn.wast.capacity.round;

import cn.wast.capacity.FormValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the office typed on the form that opens a round (R-CALL-1), and the server-side check of
 * every rule the form checks, and of those it cannot.
 */
public record RoundForm(
    Optional<Integer> year,
    Optional<Integer> quota,
    Optional<LocalDate> applicationDeadline,
    Optional<LocalDate> formalReviewDeadline,
    Optional<BigDecimal> awardAmount,
    Optional<String> awardBands) {

  public static final int MAX_QUOTA = 500;

  public static RoundForm read(FormValues values) {
    return new RoundForm(
        values.whole(RoundVariables.ROUND_YEAR),
        values.whole(RoundVariables.QUOTA),
        values.date(RoundVariables.APPLICATION_DEADLINE),
        values.date(RoundVariables.FORMAL_REVIEW_DEADLINE),
        values.decimal(RoundVariables.AWARD_AMOUNT, 2),
        values.text(RoundVariables.AWARD_BANDS));
  }

  /** Every problem, in Chinese; empty when the round may open. */
  public List<String> problems(LocalDate today, boolean yearAlreadyHasRound) {
    List<String> problems = new ArrayList<>();
    if (year.isEmpty()) {
      problems.add("请填写评选年度");
    } else if (year.get() < today.getYear() || year.get() > today.getYear() + 1) {
      problems.add("评选年度只能是今年（" + today.getYear() + "）或明年");
    } else if (yearAlreadyHasRound) {
      problems.add(year.get() + " 年度的评选已经开启，每年只能开启一次");
    }
    if (quota.isEmpty()) {
      problems.add("请填写奖励名额（正整数）");
    } else if (quota.get() < 1 || quota.get() > MAX_QUOTA) {
      problems.add("奖励名额须在 1 至 " + MAX_QUOTA + " 之间");
    }
    if (applicationDeadline.isEmpty()) {
      problems.add("请填写申报截止日期");
    } else if (applicationDeadline.get().isBefore(today)) {
      problems.add("申报截止日期不能早于今天");
    }
    if (formalReviewDeadline.isEmpty()) {
      problems.add("请填写形式审查截止日期");
    } else if (applicationDeadline.isPresent()
        && !formalReviewDeadline.get().isAfter(applicationDeadline.get())) {
      problems.add("形式审查截止日期须晚于申报截止日期");
    }
    if (awardAmount.isEmpty()) {
      problems.add("请填写每个表彰学会的奖励补助金额（元，最多两位小数）");
    } else if (awardAmount.get().signum() <= 0 || awardAmount.get().compareTo(AwardBands.MAX_AMOUNT) > 0) {
      problems.add("奖励补助金额须大于 0 且不超过 1000 万元");
    }
    problems.addAll(AwardBands.parse(awardBands.orElse(null)).problems());
    return problems;
  }

  /** The award per society, once the form is checked. */
  public AwardBands award() {
    return new AwardBands(awardAmount.orElseThrow(), AwardBands.parse(awardBands.orElse(null)).bands());
  }
}
