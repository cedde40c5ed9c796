package cn.wast.capacity.registryimport;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.audit.ChangeSubject;
import cn.wast.capacity.audit.FieldChange;
import cn.wast.capacity.society.CommissionedProject;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact read from a checked row, for one society: how it stands against what the registry
 * already holds, how it is written, and what its change record says.
 */
sealed interface ImportedFact {

  Society society();

  /** What makes two rows of the same sheet the same entry. */
  String key();

  /** Empty when the registry holds nothing of it; {@link Standing#same()} or the conflict otherwise. */
  Optional<Standing> standing(SocietyRecord record, FraudBanList bans);

  void write(SocietyRegistry registry, FraudBanList bans);

  ChangeSubject subject();

  List<FieldChange> changes();

  /** The registry already holds this very fact ({@code conflict} empty), or a different one. */
  record Standing(Optional<String> conflict) {
    static Standing same() {
      return new Standing(Optional.empty());
    }

    static Standing conflicting(String description) {
      return new Standing(Optional.of(description));
    }
  }

  static String day(LocalDate date) {
    return date == null ? "未报送" : ChineseDates.date(date);
  }

  record Inspection(Society society, int year, boolean passed) implements ImportedFact {
    static String result(boolean passed) {
      return passed ? "合格" : "不合格";
    }

    public String key() {
      return society.code() + "|" + year;
    }

    public Optional<Standing> standing(SocietyRecord record, FraudBanList bans) {
      return record.inspectionOf(year).map(on -> on.passed() == passed ? Standing.same()
          : Standing.conflicting("登记中已有" + year + "年度年检结果“" + result(on.passed()) + "”，本行为“"
              + result(passed) + "”"));
    }

    public void write(SocietyRegistry registry, FraudBanList bans) {
      registry.recordInspection(society.code(), year, passed);
    }

    public ChangeSubject subject() {
      return ChangeSubject.SOCIETY_FACT;
    }

    public List<FieldChange> changes() {
      return List.of(new FieldChange(year + "年度年检结果", null, result(passed)));
    }
  }

  record WorkReport(Society society, int year, LocalDate summaryOn, LocalDate planOn) implements ImportedFact {
    public String key() {
      return society.code() + "|" + year;
    }

    public Optional<Standing> standing(SocietyRecord record, FraudBanList bans) {
      return record.workReportOf(year).map(on ->
          Objects.equals(on.summarySubmittedOn(), summaryOn) && Objects.equals(on.planSubmittedOn(), planOn)
              ? Standing.same()
              : Standing.conflicting("登记中" + year + "年度工作报告：总结" + day(on.summarySubmittedOn()) + "、计划"
                  + day(on.planSubmittedOn()) + "；本行：总结" + day(summaryOn) + "、计划" + day(planOn)));
    }

    public void write(SocietyRegistry registry, FraudBanList bans) {
      registry.recordWorkReport(society.code(), year, summaryOn, planOn);
    }

    public ChangeSubject subject() {
      return ChangeSubject.SOCIETY_FACT;
    }

    public List<FieldChange> changes() {
      return List.of(new FieldChange(year + "年度工作总结报送日期", null, day(summaryOn)),
          new FieldChange(year + "年度工作计划报送日期", null, day(planOn)));
    }
  }

  record ViolationFact(Society society, Violation violation) implements ImportedFact {
    static String label(ViolationKind kind) {
      return switch (kind) {
        case DISCIPLINE_OR_LAW -> "违纪违法";
        case PUBLIC_CRITICISM -> "通报批评";
        case PENALTY -> "处罚";
      };
    }

    public String key() {
      return society.code() + "|" + violation.kind() + "|" + violation.recordedOn() + "|" + violation.description();
    }

    public Optional<Standing> standing(SocietyRecord record, FraudBanList bans) {
      return record.violations().contains(violation) ? Optional.of(Standing.same()) : Optional.empty();
    }

    public void write(SocietyRegistry registry, FraudBanList bans) {
      registry.recordViolation(society.code(), violation);
    }

    public ChangeSubject subject() {
      return ChangeSubject.SOCIETY_FACT;
    }

    public List<FieldChange> changes() {
      return List.of(new FieldChange(label(violation.kind()), null, ChineseDates.date(violation.recordedOn()) + " "
          + (violation.authority() == null ? "" : violation.authority() + "：") + violation.description()));
    }
  }

  record Project(Society society, CommissionedProject project) implements ImportedFact {
    public String key() {
      return society.code() + "|" + project.title() + "|" + project.commissionedBy();
    }

    public Optional<Standing> standing(SocietyRecord record, FraudBanList bans) {
      return record.commissionedProjects().stream()
          .filter(p -> p.title().equals(project.title()) && p.commissionedBy().equals(project.commissionedBy()))
          .findFirst()
          .map(on -> on.equals(project) ? Standing.same()
              : Standing.conflicting("登记中该委托项目应完成日期" + ChineseDates.date(on.dueOn()) + "、完成日期"
                  + completed(on.completedOn()) + "；本行：应完成日期" + ChineseDates.date(project.dueOn())
                  + "、完成日期" + completed(project.completedOn())));
    }

    private static String completed(LocalDate day) {
      return day == null ? "未完成" : ChineseDates.date(day);
    }

    public void write(SocietyRegistry registry, FraudBanList bans) {
      registry.recordCommissionedProject(society.code(), project);
    }

    public ChangeSubject subject() {
      return ChangeSubject.SOCIETY_FACT;
    }

    public List<FieldChange> changes() {
      return List.of(new FieldChange("委托项目", null, project.title() + "（" + project.commissionedBy() + "，应完成日期"
          + ChineseDates.date(project.dueOn()) + "，完成日期" + completed(project.completedOn()) + "）"));
    }
  }

  record Ban(Society society, String decidingBody, String decisionNumber, String grounds, LocalDate startsOn,
      LocalDate lastDay) implements ImportedFact {
    public String key() {
      return society.code() + "|" + decidingBody + "|" + decisionNumber + "|" + (decisionNumber == null ? startsOn : "");
    }

    public Optional<Standing> standing(SocietyRecord record, FraudBanList bans) {
      return bans.find(society.code(), decidingBody, decisionNumber).map(on ->
          on.startsOn().equals(startsOn) && on.lastDay().equals(lastDay) && on.grounds().equals(grounds)
              ? Standing.same()
              : Standing.conflicting("登记中已有该决定（" + (decisionNumber == null ? "无文号" : decisionNumber) + "）：" + ChineseDates.date(on.startsOn())
                  + "至" + ChineseDates.date(on.lastDay()) + "，事由“" + on.grounds() + "”；本行："
                  + ChineseDates.date(startsOn) + "至" + ChineseDates.date(lastDay) + "，事由“" + grounds + "”"));
    }

    public void write(SocietyRegistry registry, FraudBanList bans) {
      bans.recordImported(society.code(), decidingBody, decisionNumber, grounds, startsOn, lastDay);
    }

    public ChangeSubject subject() {
      return ChangeSubject.FRAUD_BAN;
    }

    public List<FieldChange> changes() {
      return List.of(new FieldChange("决定机关", null, decidingBody), new FieldChange("决定文号", null, decisionNumber),
          new FieldChange("事由", null, grounds), new FieldChange("起始日期", null, ChineseDates.date(startsOn)),
          new FieldChange("截止日期", null, ChineseDates.date(lastDay)),
          new FieldChange("来源", null, CreditBan.Source.IMPORTED.label()));
    }
  }
}
