package cn.wast.capacity.checks;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.rules.RuleClauses;
import java.util.List;
import java.util.Optional;

/**
 * R-SUP-1: a check may find signs of fraud or false reporting; the office ticks it on the
 * check's form with the grounds, and the society's disqualification starts.
 */
public record CheckFinding(boolean fraudSuspected, Optional<String> grounds) {

  static final int MIN_GROUNDS = 20;

  public static CheckFinding read(FormValues values) {
    return new CheckFinding(values.isTrue("fraudSuspected"), values.text("fraudGrounds"));
  }

  public List<String> problems() {
    return fraudSuspected && grounds.map(String::length).orElse(0) < MIN_GROUNDS
        ? List.of(RuleClauses.reason("R-SUP-1", "启动撤销资格核查时，请写明线索和依据（至少 " + MIN_GROUNDS + " 个字）"))
        : List.of();
  }
}
