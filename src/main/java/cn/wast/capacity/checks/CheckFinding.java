package cn.wast.capacity.checks;

import cn.wast.capacity.rules.RuleClauses;
import java.util.List;
import java.util.Optional;

/**
 * R-SUP-1: a check may conclude that there are signs of fraud or false reporting; the office
 * chooses that conclusion on the check's form with the grounds, nothing is paid, and the
 * society's disqualification starts or is joined.
 */
public record CheckFinding(boolean fraudSuspected, Optional<String> grounds) {

  static final int MIN_GROUNDS = 20;

  public List<String> problems() {
    return fraudSuspected && grounds.map(String::length).orElse(0) < MIN_GROUNDS
        ? List.of(RuleClauses.reason("R-SUP-1", "发现弄虚作假线索时，请写明线索和依据（至少 " + MIN_GROUNDS + " 个字）"))
        : List.of();
  }
}
