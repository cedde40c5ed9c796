package cn.wast.capacity.society;

import java.util.List;
import java.util.Optional;

/** A society with every fact the eligibility rules read (R-APP-1, R-ELIG-1..5, R-EXCL-1..4). */
public record SocietyRecord(
    Society society,
    List<AnnualInspection> inspections,
    List<WorkReport> workReports,
    List<Violation> violations,
    List<CommissionedProject> commissionedProjects,
    List<FraudBan> fraudBans) {

  public SocietyRecord {
    inspections = List.copyOf(inspections);
    workReports = List.copyOf(workReports);
    violations = List.copyOf(violations);
    commissionedProjects = List.copyOf(commissionedProjects);
    fraudBans = List.copyOf(fraudBans);
  }

  /** The society with no facts recorded. */
  public static SocietyRecord of(Society society) {
    return new SocietyRecord(society, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public String code() {
    return society.code();
  }

  public Optional<AnnualInspection> inspectionOf(int year) {
    return inspections.stream().filter(i -> i.year() == year).findFirst();
  }

  public Optional<WorkReport> workReportOf(int year) {
    return workReports.stream().filter(r -> r.year() == year).findFirst();
  }
}
