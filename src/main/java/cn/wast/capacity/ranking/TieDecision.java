package cn.wast.capacity.ranking;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.round.RoundVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R-EVAL-1: the office's decision on a tie across the quota boundary: which of the tied
 * applications take the places left, and why. The ranking never decides this by itself.
 */
public record TieDecision(List<String> chosen, Optional<String> reasons) {

  static final int MIN_REASONS = 10;

  public static TieDecision read(FormValues values) {
    return new TieDecision(values.list(RoundVariables.TIE_CHOSEN), values.text(RoundVariables.TIE_REASONS));
  }

  public List<String> problems(Set<String> tied, int placesLeft) {
    List<String> problems = new ArrayList<>();
    if (!tied.containsAll(chosen)) {
      problems.add("只能从并列的申报中选择");
    } else if (chosen.size() != placesLeft) {
      problems.add("剩余名额为 " + placesLeft + " 个，请恰好选择 " + placesLeft + " 个申报（已选 " + chosen.size() + " 个）");
    }
    if (reasons.map(String::length).orElse(0) < MIN_REASONS) {
      problems.add("请写明确定人选的理由（至少 " + MIN_REASONS + " 个字），理由将存档备查");
    }
    return problems;
  }
}
