package cn.wast.capacity.society;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The society registry: what WAST knows about each member society, and the facts the
 * eligibility rules read (R-APP-1, R-ELIG-1..5, R-EXCL-1..4).
 */
@Repository
public class SocietyRegistry {

  private final JdbcTemplate jdbc;

  public SocietyRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Society> findByCode(String code) {
    return jdbc.query("SELECT * FROM society WHERE code = ?", SocietyRegistry::society, code)
        .stream()
        .findFirst();
  }

  /** Every registered society, ordered by code. */
  public List<Society> findAll() {
    return jdbc.query("SELECT * FROM society ORDER BY code", SocietyRegistry::society);
  }

  /** The societies affiliated with WAST (市科协所属学会, R-APP-1), ordered by code. */
  public List<Society> findAffiliated() {
    return jdbc.query(
        "SELECT * FROM society WHERE affiliated_with_wast = ? ORDER BY code", SocietyRegistry::society, true);
  }

  public long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM society", Long.class);
  }

  /** The society with its inspections, work reports, violations, commissioned projects and bans. */
  public Optional<SocietyRecord> loadRecord(String code) {
    return findByCode(code).map(society -> new SocietyRecord(
        society,
        jdbc.query(
            "SELECT inspection_year, passed FROM society_annual_inspection WHERE society_code = ?"
                + " ORDER BY inspection_year",
            (rs, row) -> new AnnualInspection(rs.getInt("inspection_year"), rs.getBoolean("passed")),
            code),
        jdbc.query(
            "SELECT report_year, summary_submitted_on, plan_submitted_on FROM society_work_report"
                + " WHERE society_code = ? ORDER BY report_year",
            (rs, row) -> new WorkReport(
                rs.getInt("report_year"), date(rs, "summary_submitted_on"), date(rs, "plan_submitted_on")),
            code),
        jdbc.query(
            "SELECT kind, authority, description, recorded_on FROM society_violation"
                + " WHERE society_code = ? ORDER BY recorded_on, id",
            (rs, row) -> new Violation(
                ViolationKind.valueOf(rs.getString("kind")),
                rs.getString("authority"),
                rs.getString("description"),
                date(rs, "recorded_on")),
            code),
        jdbc.query(
            "SELECT title, commissioned_by, due_on, completed_on FROM society_commissioned_project"
                + " WHERE society_code = ? ORDER BY due_on, id",
            (rs, row) -> new CommissionedProject(
                rs.getString("title"),
                rs.getString("commissioned_by"),
                date(rs, "due_on"),
                date(rs, "completed_on")),
            code),
        jdbc.query(
            "SELECT decided_on, last_day, grounds FROM society_fraud_ban"
                + " WHERE society_code = ? ORDER BY decided_on, id",
            (rs, row) -> new FraudBan(date(rs, "decided_on"), date(rs, "last_day"), rs.getString("grounds")),
            code)));
  }

  /** The society whose 统一社会信用代码 this is ({@link CreditCode}, upper case). */
  public Optional<Society> findByCreditCode(String creditCode) {
    return jdbc.query("SELECT * FROM society WHERE credit_code = ?", SocietyRegistry::society, creditCode)
        .stream()
        .findFirst();
  }

  /** The society's 统一社会信用代码, when the registry has it. */
  public Optional<String> creditCodeOf(String code) {
    return jdbc.queryForList("SELECT credit_code FROM society WHERE code = ?", String.class, code).stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** Records the society's 统一社会信用代码; only a valid one ({@link CreditCode#isValid}). */
  public void assignCreditCode(String code, String creditCode) {
    if (!CreditCode.isValid(creditCode)) {
      throw new IllegalArgumentException("not a unified social credit code: " + creditCode);
    }
    jdbc.update("UPDATE society SET credit_code = ? WHERE code = ?", creditCode, code);
  }

  /** Registers a society, or replaces what the registry holds about it. */
  public void save(Society s) {
    Object[] values = {
      s.name(),
      s.contactEmail(),
      s.affiliatedWithWast(),
      s.internalManagementSound(),
      s.boardTermEndsOn(),
      s.secretaryGeneralName(),
      s.secretaryGeneralTenure().name(),
      s.staffCount(),
      s.financialRulesInPlace(),
      s.independentBankAccount(),
      s.financialStaffCount(),
      s.code()
    };
    int updated = jdbc.update(
        "UPDATE society SET name = ?, contact_email = ?, affiliated_with_wast = ?,"
            + " internal_management_sound = ?, board_term_ends_on = ?, secretary_general_name = ?,"
            + " secretary_general_tenure = ?, staff_count = ?, financial_rules_in_place = ?,"
            + " independent_bank_account = ?, financial_staff_count = ? WHERE code = ?",
        values);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO society (name, contact_email, affiliated_with_wast, internal_management_sound,"
              + " board_term_ends_on, secretary_general_name, secretary_general_tenure, staff_count,"
              + " financial_rules_in_place, independent_bank_account, financial_staff_count, code)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          values);
    }
  }

  /** R-ELIG-1: the annual inspection's result for a year (replaces an earlier entry). */
  public void recordInspection(String code, int year, boolean passed) {
    if (jdbc.update(
            "UPDATE society_annual_inspection SET passed = ? WHERE society_code = ? AND inspection_year = ?",
            passed, code, year)
        == 0) {
      jdbc.update(
          "INSERT INTO society_annual_inspection (society_code, inspection_year, passed) VALUES (?, ?, ?)",
          code, year, passed);
    }
  }

  /**
   * R-ELIG-2: when the year-end summary of {@code year} and the plan for the year after reached
   * WAST (null: not submitted); replaces an earlier entry.
   */
  public void recordWorkReport(String code, int year, LocalDate summarySubmittedOn, LocalDate planSubmittedOn) {
    if (jdbc.update(
            "UPDATE society_work_report SET summary_submitted_on = ?, plan_submitted_on = ?"
                + " WHERE society_code = ? AND report_year = ?",
            summarySubmittedOn, planSubmittedOn, code, year)
        == 0) {
      jdbc.update(
          "INSERT INTO society_work_report (society_code, report_year, summary_submitted_on, plan_submitted_on)"
              + " VALUES (?, ?, ?, ?)",
          code, year, summarySubmittedOn, planSubmittedOn);
    }
  }

  /** R-EXCL-1, R-EXCL-2: a violation, criticism or penalty. */
  public void recordViolation(String code, Violation violation) {
    jdbc.update(
        "INSERT INTO society_violation (society_code, kind, authority, description, recorded_on)"
            + " VALUES (?, ?, ?, ?, ?)",
        code,
        violation.kind().name(),
        violation.authority(),
        violation.description(),
        violation.recordedOn());
  }

  /** R-EXCL-3: a project commissioned by WAST or a related department. */
  public void recordCommissionedProject(String code, CommissionedProject project) {
    jdbc.update(
        "INSERT INTO society_commissioned_project (society_code, title, commissioned_by, due_on, completed_on)"
            + " VALUES (?, ?, ?, ?, ?)",
        code,
        project.title(),
        project.commissionedBy(),
        project.dueOn(),
        project.completedOn());
  }

  /** R-EXCL-4, R-SUP-1: a ban on applying, from {@code decidedOn} to {@code lastDay} inclusive. */
  public void recordFraudBan(String code, LocalDate decidedOn, LocalDate lastDay, String grounds) {
    if (lastDay.isBefore(decidedOn)) {
      throw new IllegalArgumentException("a ban's last day is not before the day it was decided");
    }
    jdbc.update(
        "INSERT INTO society_fraud_ban (society_code, decided_on, last_day, grounds) VALUES (?, ?, ?, ?)",
        code, decidedOn, lastDay, grounds);
  }

  private static Society society(ResultSet rs, int row) throws SQLException {
    return new Society(
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("contact_email"),
        rs.getBoolean("affiliated_with_wast"),
        rs.getBoolean("internal_management_sound"),
        date(rs, "board_term_ends_on"),
        rs.getString("secretary_general_name"),
        SecretaryGeneralTenure.valueOf(rs.getString("secretary_general_tenure")),
        rs.getInt("staff_count"),
        rs.getBoolean("financial_rules_in_place"),
        rs.getBoolean("independent_bank_account"),
        rs.getInt("financial_staff_count"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
