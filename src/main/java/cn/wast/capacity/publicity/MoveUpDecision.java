package cn.wast.capacity.publicity;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.round.RoundVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R-REV-3: the office's decision on a place left by a removed society: move up the next-ranked
 * society (which gets its own notice period), or leave the place vacant, with reasons.
 */
public record MoveUpDecision(Optional<String> decision, Optional<String> candidate, Optional<String> reasons) {

  public static final String MOVE_UP = "moveUp";
  public static final String LEAVE_VACANT = "leaveVacant";
  static final int MIN_REASONS = 10;

  public static MoveUpDecision read(FormValues values) {
    return new MoveUpDecision(values.text(RoundVariables.MOVE_UP_DECISION), values.text(RoundVariables.MOVE_UP_CANDIDATE),
        values.text(RoundVariables.MOVE_UP_REASONS));
  }

  public boolean movesUp() {
    return decision.filter(MOVE_UP::equals).isPresent();
  }

  public List<String> problems(Set<String> candidates) {
    List<String> problems = new ArrayList<>();
    if (movesUp()) {
      if (candidates.isEmpty()) {
        problems.add("没有可递补的学会，只能选择“该名额空缺”");
      } else if (candidate.isEmpty() || !candidates.contains(candidate.get())) {
        problems.add("请从列出的学会中选择递补对象");
      }
    } else if (decision.filter(LEAVE_VACANT::equals).isEmpty()) {
      problems.add("请选择“递补下一名学会”或“该名额空缺”");
    }
    if (reasons.map(String::length).orElse(0) < MIN_REASONS) {
      problems.add("请说明理由（至少 " + MIN_REASONS + " 个字），理由将存档备查");
    }
    return problems;
  }
}
