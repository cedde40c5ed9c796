package cn.wast.capacity.registry;

import cn.wast.capacity.society.CommissionedProject;
import cn.wast.capacity.society.FraudBan;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import cn.wast.capacity.society.WorkReport;
import java.time.LocalDate;

/** How the registry's values read on the office's pages and in the change record. */
final class RegistryTexts {

  static final String UNTIL_NOW = "至今";

  private RegistryTexts() {}

  static String yesNo(boolean value) {
    return value ? "是" : "否";
  }

  static String passed(boolean passed) {
    return passed ? "合格" : "不合格";
  }

  static String tenure(SecretaryGeneralTenure tenure) {
    return switch (tenure) {
      case FULL_TIME -> "专职";
      case PART_TIME -> "兼职";
      case NONE -> "无";
    };
  }

  static String kind(ViolationKind kind) {
    return switch (kind) {
      case DISCIPLINE_OR_LAW -> "违纪违法行为";
      case PUBLIC_CRITICISM -> "受到相关部门通报批评";
      case PENALTY -> "受到相关部门处罚";
    };
  }

  static String date(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  static String dateOrNone(LocalDate day, String none) {
    return day == null ? none : day.toString();
  }

  static String workReport(WorkReport report) {
    return "总结报送：" + dateOrNone(report.summarySubmittedOn(), "未报送") + "；计划报送："
        + dateOrNone(report.planSubmittedOn(), "未报送");
  }

  static String violation(Violation v) {
    return kind(v.kind()) + "（" + v.recordedOn() + (v.authority() == null || v.authority().isBlank() ? ""
        : "，" + v.authority()) + "）：" + v.description();
  }

  static String project(CommissionedProject p) {
    return p.title() + "（委托方：" + p.commissionedBy() + "；应完成：" + p.dueOn() + "；完成："
        + dateOrNone(p.completedOn(), "未完成") + "）";
  }

  static String fraudBan(FraudBan ban) {
    return ban.decidedOn() + " 至 " + ban.lastDay() + "（" + ban.lengthInWords() + "）不得申报：" + ban.grounds()
        + "；决定机关：" + (ban.decidingBody() == null ? "—" : ban.decidingBody())
        + "；决定文号：" + (ban.decisionNumber() == null ? "—" : ban.decisionNumber())
        + "；来源：" + (ban.imported() ? "外部名单导入" : "市科协撤销资格");
  }

  /** The days a fact holds, as the pages show them: 2026-05-01 起 至 2026-06-01（不含）, or 至今. */
  static String until(LocalDate validUntil) {
    return validUntil == null ? UNTIL_NOW : validUntil.toString();
  }
}
