package cn.wast.capacity.supervision;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.application.Application;
import cn.wast.capacity.application.ApplicationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-SUP-1: what the office typed to start a disqualification: the round, the society and the
 * grounds; and the check that there is a qualification to revoke.
 */
public record DisqualificationRequest(Optional<Integer> roundYear, Optional<String> societyCode, Optional<String> grounds) {

  static final int MIN_GROUNDS = 20;

  public static DisqualificationRequest read(FormValues values) {
    return new DisqualificationRequest(values.whole(DisqualificationVariables.ROUND_YEAR),
        values.text(DisqualificationVariables.SOCIETY_CODE).map(code -> code.toUpperCase(java.util.Locale.ROOT)), values.text(DisqualificationVariables.GROUNDS));
  }

  /** Every problem, in Chinese, given the application found for the year and society (if any). */
  public List<String> problems(Optional<Application> application) {
    List<String> problems = new ArrayList<>();
    if (roundYear.isEmpty() || societyCode.isEmpty()) {
      problems.add("请填写评选年度和学会代码");
    } else if (application.isEmpty()) {
      problems.add("“学会代码”" + societyCode.get() + " 的学会在 " + roundYear.get() + " 年度没有申报，无可撤销的资格");
    } else if (application.get().status() == ApplicationStatus.DISQUALIFIED) {
      problems.add("该学会 " + roundYear.get() + " 年度的专项资格已经撤销");
    }
    if (grounds.map(String::length).orElse(0) < MIN_GROUNDS) {
      problems.add("请写明启动核查的事实和依据（至少 " + MIN_GROUNDS + " 个字）");
    }
    return problems;
  }
}
