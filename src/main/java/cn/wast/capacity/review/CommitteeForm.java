package cn.wast.capacity.review;

import cn.wast.capacity.FormValues;
import cn.wast.capacity.round.RoundVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R-REV-2: what the office chose on the committee form, and the server-side check of it: known,
 * active experts only, enough of them for the number per application, and an assignment that finds
 * enough unaffiliated experts for every application.
 */
public record CommitteeForm(List<String> expertIds, Optional<Integer> perApplication) {

  public static final int MAX_PER_APPLICATION = 15;

  public static CommitteeForm read(FormValues values) {
    return new CommitteeForm(values.list(RoundVariables.COMMITTEE_EXPERTS), values.whole(RoundVariables.EXPERTS_PER_APPLICATION));
  }

  /**
   * Every problem, in Chinese; empty when the committee may be formed.
   *
   * @param available the experts who may be chosen (active, of group {@code experts})
   * @param deactivated the experts the office has deactivated in the pool
   */
  public List<String> problems(Set<String> available, Set<String> deactivated) {
    List<String> problems = new ArrayList<>();
    List<String> inactive = expertIds.stream().filter(deactivated::contains).toList();
    if (!inactive.isEmpty()) {
      problems.add("以下专家已在专家库中停用，不能选入评审委员会：" + String.join("、", inactive));
    }
    List<String> unknown = expertIds.stream().filter(id -> !available.contains(id) && !deactivated.contains(id)).toList();
    if (!unknown.isEmpty()) {
      problems.add("以下账号不是评审专家库中的专家：" + String.join("、", unknown));
    }
    if (perApplication.isEmpty()) {
      problems.add("请填写每份申报的评审专家人数（正整数）");
    } else if (perApplication.get() < 1 || perApplication.get() > MAX_PER_APPLICATION) {
      problems.add("每份申报的评审专家人数须在 1 至 " + MAX_PER_APPLICATION + " 之间");
    } else if (expertIds.size() < perApplication.get()) {
      problems.add("请至少选择 " + perApplication.get() + " 位专家组成评审委员会（已选 " + expertIds.size() + " 位）");
    }
    return problems;
  }
}
