package cn.wast.capacity.office;

import cn.wast.capacity.application.ApplicationStatus;
import cn.wast.capacity.award.Award;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How many of a round's applications stand at each stage, counted in one grouped query: the stage
 * is the application's status as its process steps recorded it, and for a commended society the
 * state of its implementation (fund plan, mid-term check, final acceptance) as the award records it.
 */
@Repository
class ApplicationStages {

  /** The stages in the order an application passes them, with the office's names. */
  static final List<String> ORDER = List.of("资格审查中", "形式审查", "需补正", "已受理，待专家评审", "专家评审", "公示",
      "立项，待报送经费方案", "实施", "中期检查", "结项验收", "已结项", "不予受理", "形式审查不通过", "逾期撤回",
      "未列入拟表彰名单", "未入选", "公示期间移出", "终止支持", "取消资格");

  private final JdbcTemplate jdbc;

  ApplicationStages(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every stage that has applications, in {@link #ORDER}, with its count. */
  Map<String, Long> count(int year) {
    Map<String, Long> byStage = new LinkedHashMap<>();
    ORDER.forEach(stage -> byStage.put(stage, 0L));
    jdbc.query("SELECT a.status, w.implementation_status, COUNT(*) AS n FROM application a"
            + " LEFT JOIN award w ON w.application_key = a.business_key WHERE a.round_year = ?"
            + " GROUP BY a.status, w.implementation_status",
        rs -> {
          String stage = stageOf(ApplicationStatus.valueOf(rs.getString("status")), rs.getString("implementation_status"));
          byStage.merge(stage, rs.getLong("n"), Long::sum);
        },
        year);
    byStage.values().removeIf(n -> n == 0);
    return byStage;
  }

  static String stageOf(ApplicationStatus status, String implementation) {
    return switch (status) {
      case SUBMITTED -> "资格审查中";
      case IN_FORMAL_REVIEW -> "形式审查";
      case CORRECTION_REQUESTED -> "需补正";
      case ACCEPTED -> "已受理，待专家评审";
      case NOT_ACCEPTED -> "不予受理";
      case REJECTED -> "形式审查不通过";
      case WITHDRAWN -> "逾期撤回";
      case WITHDRAWN_ON_REVOCATION -> "因撤销资格撤回";
      case UNDER_EXPERT_REVIEW -> "专家评审";
      case RANKED -> "未列入拟表彰名单";
      case PROPOSED -> "公示";
      case REMOVED -> "公示期间移出";
      case NOT_SELECTED -> "未入选";
      case DISQUALIFIED -> "取消资格";
      case COMMENDED -> implementationStage(implementation);
    };
  }

  private static String implementationStage(String implementation) {
    if (implementation == null) {
      return "立项，待报送经费方案";
    }
    return switch (implementation) {
      case Award.PLAN_FILED, Award.MID_TERM_PASSED -> "实施";
      case Award.MID_TERM_DUE -> "中期检查";
      case Award.FINAL_DUE -> "结项验收";
      case Award.COMPLETED, Award.ADJUSTED -> "已结项";
      case Award.TERMINATED -> "终止支持";
      case Award.REVOKED -> "取消资格";
      default -> "立项，待报送经费方案";
    };
  }
}
