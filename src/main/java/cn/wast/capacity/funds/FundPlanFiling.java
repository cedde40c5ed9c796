package cn.wast.capacity.funds;

import cn.wast.capacity.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-IMP-1: the office files (备案) the plan, or returns it with comments the society can act on. */
public record FundPlanFiling(Optional<String> decision, Optional<String> comments) {

  public static final String FILED = "filed";
  public static final String RETURNED = "returned";
  static final int MIN_COMMENTS = 10;

  public static FundPlanFiling read(FormValues values) {
    return new FundPlanFiling(values.text(ImplementationVariables.FUND_PLAN_DECISION), values.text(ImplementationVariables.FUND_PLAN_COMMENTS));
  }

  public boolean filed() {
    return decision.filter(FILED::equals).isPresent();
  }

  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (decision.filter(d -> d.equals(FILED) || d.equals(RETURNED)).isEmpty()) {
      problems.add("请选择审核结论：予以备案或退回修改");
    } else if (!filed() && comments.map(String::length).orElse(0) < MIN_COMMENTS) {
      problems.add("退回修改时，请写明修改意见（至少 " + MIN_COMMENTS + " 个字），将发给学会");
    }
    return problems;
  }
}
