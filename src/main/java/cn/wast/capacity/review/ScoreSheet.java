package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R-EVAL-1, R-REV-2: what an expert typed on the scoring form (a score for each capacity and a
 * comment), or their declaration of a conflict of interest instead; and the server-side check
 * of it against the configured scale.
 */
public record ScoreSheet(
    Map<Capacity, Optional<BigDecimal>> scores,
    Optional<String> comment,
    boolean conflictDeclared,
    Optional<String> conflictReason) {

  public static final int MAX_DECIMALS = 1;
  static final int MAX_COMMENT = 2000;
  static final int MIN_CONFLICT_REASON = 10;

  /** The form field of a capacity's score: {@code scoreC1} .. {@code scoreC4}. */
  public static String field(Capacity capacity) {
    return "score" + capacity.name();
  }

  public static ScoreSheet read(FormValues values) {
    Map<Capacity, Optional<BigDecimal>> scores = new EnumMap<>(Capacity.class);
    for (Capacity capacity : Capacity.values()) {
      scores.put(capacity, values.decimal(field(capacity), MAX_DECIMALS));
    }
    return new ScoreSheet(scores, values.text(ReviewVariables.SCORE_COMMENT), values.isTrue(ReviewVariables.CONFLICT_DECLARED),
        values.text(ReviewVariables.CONFLICT_REASON));
  }

  /** Every problem, in Chinese; empty when the sheet may be recorded. */
  public List<String> problems(ScoringScale scale, FormValues raw) {
    List<String> problems = new ArrayList<>();
    if (conflictDeclared) {
      if (conflictReason.map(String::length).orElse(0) < MIN_CONFLICT_REASON) {
        problems.add("申请回避时，请说明与该学会的利益关联（至少 " + MIN_CONFLICT_REASON + " 个字）");
      }
      return problems;
    }
    boolean atEnd = false;
    for (Capacity capacity : Capacity.values()) {
      ReviewProperties.CapacityScale range = scale.of(capacity);
      String name = capacity.name() + " " + capacity.label();
      Optional<BigDecimal> score = scores.get(capacity);
      if (score.isEmpty()) {
        problems.add(raw.text(field(capacity)).isPresent()
            ? name + "：请填写数字，最多 " + MAX_DECIMALS + " 位小数"
            : "请为" + name + "打分");
      } else if (!scale.inRange(capacity, score.get())) {
        problems.add(name + "：得分须在 " + Numbers.plain(range.min()) + " 至 "
            + Numbers.plain(range.max()) + " 之间");
      } else if (scale.atEnd(capacity, score.get())) {
        atEnd = true;
      }
    }
    if (atEnd && comment.isEmpty()) {
      problems.add("有得分为该项的最低分或最高分，请填写评语说明理由");
    }
    if (comment.map(String::length).orElse(0) > MAX_COMMENT) {
      problems.add("评语不能超过 " + MAX_COMMENT + " 个字");
    }
    return problems;
  }

  /** The scores, once checked. */
  public Map<Capacity, BigDecimal> checkedScores() {
    Map<Capacity, BigDecimal> checked = new EnumMap<>(Capacity.class);
    scores.forEach((capacity, score) -> checked.put(capacity, score.orElseThrow()));
    return checked;
  }
}
