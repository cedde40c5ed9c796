package cn.wast.capacity.support;

import cn.wast.capacity.society.AnnualInspection;
import cn.wast.capacity.society.CommissionedProject;
import cn.wast.capacity.society.FraudBan;
import cn.wast.capacity.society.SecretaryGeneralTenure;
import cn.wast.capacity.society.Society;
import cn.wast.capacity.society.SocietyRecord;
import cn.wast.capacity.society.SocietyRegistry;
import cn.wast.capacity.society.Violation;
import cn.wast.capacity.society.ViolationKind;
import cn.wast.capacity.society.WorkReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-built society records: {@link #passing()} passes every rule for an application on
 * {@link #APPLIED} (year 2026), {@link #passingFor(int)} for one in any year, and each setter
 * breaks one thing. The rules' unit tests {@link #build()} the record; process and page tests
 * {@link #registerIn} the registry, as the office's pages and the import do, and the processes
 * read it from there.
 */
public final class SocietyRecordBuilder {

  /** The application date of the unit tests. */
  public static final LocalDate APPLIED = LocalDate.of(2026, 3, 16);

  private String code = "TEST";
  private String name = "武汉测试学会";
  private String contactEmail;
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

  public static SocietyRecordBuilder passing() {
    return new SocietyRecordBuilder();
  }

  /**
   * A record that passes every rule for an application in {@code year}: inspections passed and
   * work reports sent on time for the two years before, the board's term running to the end of
   * the year after.
   */
  public static SocietyRecordBuilder passingFor(int year) {
    SocietyRecordBuilder builder = new SocietyRecordBuilder().boardTermEndsOn(LocalDate.of(year + 1, 12, 31))
        .inspections(new AnnualInspection(year - 2, true), new AnnualInspection(year - 1, true));
    return builder.workReports(
        new WorkReport(year - 2, LocalDate.of(year - 2, 12, 20), LocalDate.of(year - 2, 12, 28)),
        new WorkReport(year - 1, LocalDate.of(year - 1, 12, 20), LocalDate.of(year - 1, 12, 28)));
  }

  /** The society's Chinese name (武汉测试学会 unless set). */
  public SocietyRecordBuilder name(String name) {
    this.name = name;
    return this;
  }

  /** Where its letters go (the code in lower case at societies.example.cn unless set). */
  public SocietyRecordBuilder contactEmail(String email) {
    this.contactEmail = email;
    return this;
  }

  public SocietyRecordBuilder code(String code) {
    this.code = code;
    return this;
  }

  public SocietyRecordBuilder affiliated(boolean affiliated) {
    this.affiliated = affiliated;
    return this;
  }

  public SocietyRecordBuilder internalManagementSound(boolean sound) {
    this.internalManagementSound = sound;
    return this;
  }

  public SocietyRecordBuilder boardTermEndsOn(LocalDate day) {
    this.boardTermEndsOn = day;
    return this;
  }

  public SocietyRecordBuilder secretaryGeneral(String name, SecretaryGeneralTenure tenure) {
    this.secretaryGeneralName = name;
    this.tenure = tenure;
    return this;
  }

  public SocietyRecordBuilder staff(int count) {
    this.staffCount = count;
    return this;
  }

  public SocietyRecordBuilder financialRulesInPlace(boolean inPlace) {
    this.financialRulesInPlace = inPlace;
    return this;
  }

  public SocietyRecordBuilder independentBankAccount(boolean own) {
    this.independentBankAccount = own;
    return this;
  }

  public SocietyRecordBuilder financialStaff(int count) {
    this.financialStaffCount = count;
    return this;
  }

  /** Replaces every inspection on record. */
  public SocietyRecordBuilder inspections(AnnualInspection... inspections) {
    this.inspections = new ArrayList<>(List.of(inspections));
    return this;
  }

  /** Replaces every work report on record. */
  public SocietyRecordBuilder workReports(WorkReport... reports) {
    this.workReports = new ArrayList<>(List.of(reports));
    return this;
  }

  /** Replaces the work report of one year (null dates: not submitted). */
  public SocietyRecordBuilder workReport(int year, LocalDate summaryOn, LocalDate planOn) {
    workReports.removeIf(r -> r.year() == year);
    workReports.add(new WorkReport(year, summaryOn, planOn));
    return this;
  }

  public SocietyRecordBuilder violation(ViolationKind kind, String description, LocalDate recordedOn) {
    violations.add(new Violation(kind, "武汉市民政局", description, recordedOn));
    return this;
  }

  public SocietyRecordBuilder project(String title, LocalDate dueOn, LocalDate completedOn) {
    projects.add(new CommissionedProject(title, "武汉市科协", dueOn, completedOn));
    return this;
  }

  public SocietyRecordBuilder ban(LocalDate decidedOn, LocalDate lastDay) {
    bans.add(new FraudBan(decidedOn, lastDay, "虚报业绩"));
    return this;
  }

  public SocietyRecord build() {
    Society society = new Society(code, name,
        contactEmail != null ? contactEmail : code.toLowerCase(Locale.ROOT) + "@societies.example.cn",
        affiliated, internalManagementSound, boardTermEndsOn, secretaryGeneralName, tenure, staffCount,
        financialRulesInPlace, independentBankAccount, financialStaffCount);
    return new SocietyRecord(society, inspections, workReports, violations, projects, bans);
  }

  /**
   * Registers the society with every fact of its record through the registry, as the office's
   * pages and the import do (in force since ever); returns the record, as the registry now loads it.
   */
  public SocietyRecord registerIn(SocietyRegistry registry) {
    SocietyRecord record = build();
    registry.save(record.society());
    record.inspections().forEach(i -> registry.recordInspection(code, i.year(), i.passed()));
    record.workReports().forEach(r -> registry.recordWorkReport(code, r.year(), r.summarySubmittedOn(),
        r.planSubmittedOn()));
    record.violations().forEach(v -> registry.recordViolation(code, v));
    record.commissionedProjects().forEach(p -> registry.recordCommissionedProject(code, p));
    record.fraudBans().forEach(b -> registry.recordFraudBan(code, b));
    return record;
  }
}
