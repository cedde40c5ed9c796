package cn.wast.capacity.eligibility;

import cn.wast.capacity.society.AnnualInspection;
import cn.wast.capacity.society.CommissionedProject;
import cn.wast.capacity.society.FraudBan;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import cn.wast.capacity.society.WorkReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built society records for the rules' unit tests: {@link #passing()} passes every rule for
 * an application on {@link #APPLIED} (year 2026), and each setter breaks one thing.
 */
final class SocietyRecordBuilder {

  /** The application date of the unit tests. */
  static final LocalDate APPLIED = LocalDate.of(2026, 3, 16);

  private String code = "TEST";
  private boolean affiliated = true;
  private boolean internalManagementSound = true;
  private LocalDate boardTermEndsOn = LocalDate.of(2027, 12, 31);
  private String secretaryGeneralName = "张伟";
  private SecretaryGeneralTenure tenure = SecretaryGeneralTenure.FULL_TIME;
  private int staffCount = 3;
  private boolean financialRulesInPlace = true;
  private boolean independentBankAccount = true;
  private int financialStaffCount = 1;
  private List<AnnualInspection> inspections =
      new ArrayList<>(List.of(new AnnualInspection(2024, true), new AnnualInspection(2025, true)));
  private List<WorkReport> workReports = new ArrayList<>(List.of(
      new WorkReport(2024, LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 28)),
      new WorkReport(2025, LocalDate.of(2025, 12, 20), LocalDate.of(2025, 12, 28))));
  private final List<Violation> violations = new ArrayList<>();
  private final List<CommissionedProject> projects = new ArrayList<>();
  private final List<FraudBan> bans = new ArrayList<>();

  private SocietyRecordBuilder() {}

  static SocietyRecordBuilder passing() {
    return new SocietyRecordBuilder();
  }

  SocietyRecordBuilder code(String code) {
    this.code = code;
    return this;
  }

  SocietyRecordBuilder affiliated(boolean affiliated) {
    this.affiliated = affiliated;
    return this;
  }

  SocietyRecordBuilder internalManagementSound(boolean sound) {
    this.internalManagementSound = sound;
    return this;
  }

  SocietyRecordBuilder boardTermEndsOn(LocalDate day) {
    this.boardTermEndsOn = day;
    return this;
  }

  SocietyRecordBuilder secretaryGeneral(String name, SecretaryGeneralTenure tenure) {
    this.secretaryGeneralName = name;
    this.tenure = tenure;
    return this;
  }

  SocietyRecordBuilder staff(int count) {
    this.staffCount = count;
    return this;
  }

  SocietyRecordBuilder financialRulesInPlace(boolean inPlace) {
    this.financialRulesInPlace = inPlace;
    return this;
  }

  SocietyRecordBuilder independentBankAccount(boolean own) {
    this.independentBankAccount = own;
    return this;
  }

  SocietyRecordBuilder financialStaff(int count) {
    this.financialStaffCount = count;
    return this;
  }

  /** Replaces every inspection on record. */
  SocietyRecordBuilder inspections(AnnualInspection... inspections) {
    this.inspections = new ArrayList<>(List.of(inspections));
    return this;
  }

  /** Replaces every work report on record. */
  SocietyRecordBuilder workReports(WorkReport... reports) {
    this.workReports = new ArrayList<>(List.of(reports));
    return this;
  }

  /** Replaces the work report of one year (null dates: not submitted). */
  SocietyRecordBuilder workReport(int year, LocalDate summaryOn, LocalDate planOn) {
    workReports.removeIf(r -> r.year() == year);
    workReports.add(new WorkReport(year, summaryOn, planOn));
    return this;
  }

  SocietyRecordBuilder violation(ViolationKind kind, String description, LocalDate recordedOn) {
    violations.add(new Violation(kind, "武汉市民政局", description, recordedOn));
    return this;
  }

  SocietyRecordBuilder project(String title, LocalDate dueOn, LocalDate completedOn) {
    projects.add(new CommissionedProject(title, "武汉市科协", dueOn, completedOn));
    return this;
  }

  SocietyRecordBuilder ban(LocalDate decidedOn, LocalDate lastDay) {
    bans.add(new FraudBan(decidedOn, lastDay, "虚报业绩"));
    return this;
  }

  SocietyRecord build() {
    Society society = new Society(code, "武汉测试学会", code.toLowerCase() + "@societies.example.cn",
        affiliated, internalManagementSound, boardTermEndsOn, secretaryGeneralName, tenure, staffCount,
        financialRulesInPlace, independentBankAccount, financialStaffCount);
    return new SocietyRecord(society, inspections, workReports, violations, projects, bans);
  }
}
