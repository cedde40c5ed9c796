package cn.wast.capacity.societypage;

import java.util.List;

/**
 * Where one of a society's applications stands, in the words a society uses, and every stage it
 * has passed with its dates.
 *
 * @param stage 材料审核中, 需补正, 专家评审中, 公示中, 已表彰, 未入选, 不予受理, 实施中, 已验收, 已撤销资格 …
 * @param details what the society needs to know at this stage: the deadline, the reasons, the
 *     rank and composite score, the next deadline and the tranches paid
 */
public record ApplicationStanding(int roundYear, String key, String stage, List<String> details, List<Step> steps) {

  /** A stage passed or under way: what, when it began and, once over, when it ended. */
  public record Step(String what, String startedAt, String endedAt) {}
}
