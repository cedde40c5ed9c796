package cn.wast.capacity.society;

import cn.wast.capacity.ProgrammeClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The society registry: what WAST knows about each member society, and the facts the
 * eligibility rules read (R-APP-1, R-ELIG-1..5, R-EXCL-1..4), as it stood on any date.
 *
 * <p>Every fact holds from a day (included) until a day (excluded, null while it still holds).
 * The office's dated edits ({@link #change}, {@link #changeInspection}, ...) close the row in force
 * on the effective day and open a new one, so the record as of an earlier day stays as it was.
 * The undated writes ({@link #save}, {@link #recordInspection}, ...; demo data, imports, tests)
 * write facts that hold since {@link #SINCE_EVER}, replacing the row in force in place.
 * The {@code society} table mirrors the version in force, for every reader that joins it.
 */
@Repository
public class SocietyRegistry {

  /** The day the undated writes' facts hold from: before any application the system can judge. */
  public static final LocalDate SINCE_EVER = LocalDate.of(1900, 1, 1);

  private static final String HOLDS_ON = " AND valid_from <= ? AND (valid_until IS NULL OR valid_until > ?)";
  private static final String ATTRIBUTE_COLUMNS = "name, contact_email, affiliated_with_wast,"
      + " internal_management_sound, board_term_ends_on, secretary_general_name, secretary_general_tenure,"
      + " staff_count, financial_rules_in_place, independent_bank_account, financial_staff_count";

  private final JdbcTemplate jdbc;
  private final ProgrammeClock clock;

  @Autowired
  public SocietyRegistry(JdbcTemplate jdbc, ProgrammeClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
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

  /** The societies whose name, code or 统一社会信用代码 contains the text (any case), as they stand now. */
  public List<SocietyAttributes> search(String text) {
    String like = "%" + (text == null ? "" : text.strip().toUpperCase(Locale.ROOT))
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.query(
        "SELECT * FROM society WHERE UPPER(name) LIKE ? ESCAPE '\\' OR UPPER(code) LIKE ? ESCAPE '\\'"
            + " OR UPPER(credit_code) LIKE ? ESCAPE '\\' ORDER BY code",
        (rs, row) -> new SocietyAttributes(society(rs, row), rs.getString("credit_code")), like, like, like);
  }

  public long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM society", Long.class);
  }

  /** The society's record as it stands today ({@link ProgrammeClock}). */
  public Optional<SocietyRecord> loadRecord(String code) {
    return loadRecord(code, clock.today());
  }

  /**
   * The society with its inspections, work reports, violations, commissioned projects and bans as
   * the registry held them on a day; empty when the society was not registered that day.
   */
  public Optional<SocietyRecord> loadRecord(String code, LocalDate asOf) {
    return attributesOn(code, asOf).map(attributes -> new SocietyRecord(
        attributes.society(),
        facts(inspectionQuery(HOLDS_ON), SocietyRegistry::inspection, code, asOf),
        facts(workReportQuery(HOLDS_ON), SocietyRegistry::workReport, code, asOf),
        facts(violationQuery(HOLDS_ON), SocietyRegistry::violation, code, asOf),
        facts(projectQuery(HOLDS_ON), SocietyRegistry::project, code, asOf),
        facts(fraudBanQuery(HOLDS_ON), SocietyRegistry::fraudBan, code, asOf)));
  }

  /** R-DYN-1, R-SUP-1: the society's fraud bans as the registry holds them today, without the rest of its record. */
  public List<FraudBan> fraudBans(String code) {
    return facts(fraudBanQuery(HOLDS_ON), SocietyRegistry::fraudBan, code, clock.today());
  }

  /** The society's attributes as they stood on a day; empty when it was not registered that day. */
  public Optional<SocietyAttributes> attributesOn(String code, LocalDate asOf) {
    List<SocietyAttributes> held = jdbc.query(
        "SELECT society_code AS code, " + ATTRIBUTE_COLUMNS + ", credit_code FROM society_version"
            + " WHERE society_code = ?" + HOLDS_ON + " ORDER BY valid_from DESC, id DESC",
        SocietyRegistry::attributes, code, asOf, asOf);
    if (!held.isEmpty()) {
      return Optional.of(held.get(0));
    }
    Long versions = jdbc.queryForObject("SELECT COUNT(*) FROM society_version WHERE society_code = ?", Long.class,
        code);
    if (versions > 0) {
      return Optional.empty();
    }
    // a society written straight into the table, without versions, holds since ever
    return jdbc.query("SELECT * FROM society WHERE code = ?", SocietyRegistry::attributes, code).stream().findFirst();
  }

  /** Every version of the society's attributes, the latest first. */
  public List<Dated<SocietyAttributes>> versions(String code) {
    return jdbc.query(
        "SELECT id, valid_from, valid_until, society_code AS code, " + ATTRIBUTE_COLUMNS + ", credit_code"
            + " FROM society_version WHERE society_code = ? ORDER BY valid_from DESC, id DESC",
        dated(SocietyRegistry::attributes), code);
  }

  public List<Dated<AnnualInspection>> inspectionHistory(String code) {
    return jdbc.query(inspectionQuery("") + ", valid_from DESC", dated(SocietyRegistry::inspection), code);
  }

  public List<Dated<WorkReport>> workReportHistory(String code) {
    return jdbc.query(workReportQuery("") + ", valid_from DESC", dated(SocietyRegistry::workReport), code);
  }

  public List<Dated<Violation>> violationHistory(String code) {
    return jdbc.query(violationQuery(""), dated(SocietyRegistry::violation), code);
  }

  public List<Dated<CommissionedProject>> projectHistory(String code) {
    return jdbc.query(projectQuery(""), dated(SocietyRegistry::project), code);
  }

  public List<Dated<FraudBan>> fraudBanHistory(String code) {
    return jdbc.query(fraudBanQuery(""), dated(SocietyRegistry::fraudBan), code);
  }

  /** The row of a fact of this kind that still holds, by its year. */
  public Optional<Dated<AnnualInspection>> inspectionInForce(String code, int year) {
    return inspectionHistory(code).stream().filter(d -> d.stillHolds() && d.fact().year() == year).findFirst();
  }

  public Optional<Dated<WorkReport>> workReportInForce(String code, int year) {
    return workReportHistory(code).stream().filter(d -> d.stillHolds() && d.fact().year() == year).findFirst();
  }

  /** The society's violation row that still holds, by its id. */
  public Optional<Dated<Violation>> violationInForce(String code, long id) {
    return violationHistory(code).stream().filter(d -> d.stillHolds() && d.id() == id).findFirst();
  }

  public Optional<Dated<CommissionedProject>> projectInForce(String code, long id) {
    return projectHistory(code).stream().filter(d -> d.stillHolds() && d.id() == id).findFirst();
  }

  /** The version of the society's attributes in force. */
  public Optional<Dated<SocietyAttributes>> versionInForce(String code) {
    return versions(code).stream().filter(Dated::stillHolds).findFirst();
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
    jdbc.update("UPDATE society_version SET credit_code = ? WHERE society_code = ? AND valid_until IS NULL",
        creditCode, code);
  }

  /**
   * Registers a society, or replaces what the registry holds about it: the version in force is
   * replaced in place (a new society's holds since {@link #SINCE_EVER}).
   */
  public void save(Society s) {
    Object[] values = attributeValues(s);
    int updated = jdbc.update("UPDATE society SET " + ATTRIBUTE_COLUMNS.replace(",", " = ?,") + " = ? WHERE code = ?",
        values);
    if (updated == 0) {
      jdbc.update("INSERT INTO society (" + ATTRIBUTE_COLUMNS + ", code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          values);
    }
    if (jdbc.update("UPDATE society_version SET " + ATTRIBUTE_COLUMNS.replace(",", " = ?,") + " = ?"
        + " WHERE society_code = ? AND valid_until IS NULL", values) == 0) {
      openVersion(s, creditCodeOf(s.code()).orElse(null), SINCE_EVER);
    }
  }

  /** The office registers a society that holds from {@code from}. */
  public void register(Society s, String creditCode, LocalDate from) {
    jdbc.update("INSERT INTO society (" + ATTRIBUTE_COLUMNS + ", code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        attributeValues(s));
    jdbc.update("UPDATE society SET credit_code = ? WHERE code = ?", creditCode, s.code());
    openVersion(s, creditCode, from);
  }

  /** The office changes the society's attributes from {@code from}: the version in force ends that day. */
  public void change(Society s, String creditCode, LocalDate from) {
    if (versionInForce(s.code()).isEmpty()) {
      attributesOn(s.code(), from).ifPresent(was -> openVersion(was.society(), was.creditCode(), SINCE_EVER));
    }
    Object[] values = attributeValues(s);
    jdbc.update("UPDATE society SET " + ATTRIBUTE_COLUMNS.replace(",", " = ?,") + " = ? WHERE code = ?", values);
    jdbc.update("UPDATE society SET credit_code = ? WHERE code = ?", creditCode, s.code());
    jdbc.update("UPDATE society_version SET valid_until = ? WHERE society_code = ? AND valid_until IS NULL",
        from, s.code());
    openVersion(s, creditCode, from);
  }

  /** R-ELIG-1: the annual inspection's result for a year (replaces the entry in force, in place). */
  public void recordInspection(String code, int year, boolean passed) {
    if (jdbc.update(
            "UPDATE society_annual_inspection SET passed = ? WHERE society_code = ? AND inspection_year = ?"
                + " AND valid_until IS NULL",
            passed, code, year)
        == 0) {
      changeInspection(code, year, passed, SINCE_EVER);
    }
  }

  /** The office records a year's inspection result from {@code from}; the entry in force ends that day. */
  public void changeInspection(String code, int year, boolean passed, LocalDate from) {
    jdbc.update("UPDATE society_annual_inspection SET valid_until = ? WHERE society_code = ? AND inspection_year = ?"
        + " AND valid_until IS NULL", from, code, year);
    jdbc.update("INSERT INTO society_annual_inspection (society_code, inspection_year, passed, valid_from)"
        + " VALUES (?, ?, ?, ?)", code, year, passed, from);
  }

  /**
   * R-ELIG-2: when the year-end summary of {@code year} and the plan for the year after reached
   * WAST (null: not submitted); replaces the entry in force, in place.
   */
  public void recordWorkReport(String code, int year, LocalDate summarySubmittedOn, LocalDate planSubmittedOn) {
    if (jdbc.update(
            "UPDATE society_work_report SET summary_submitted_on = ?, plan_submitted_on = ?"
                + " WHERE society_code = ? AND report_year = ? AND valid_until IS NULL",
            summarySubmittedOn, planSubmittedOn, code, year)
        == 0) {
      changeWorkReport(code, year, summarySubmittedOn, planSubmittedOn, SINCE_EVER);
    }
  }

  /** The office records a year's work report dates from {@code from}; the entry in force ends that day. */
  public void changeWorkReport(String code, int year, LocalDate summarySubmittedOn, LocalDate planSubmittedOn,
      LocalDate from) {
    jdbc.update("UPDATE society_work_report SET valid_until = ? WHERE society_code = ? AND report_year = ?"
        + " AND valid_until IS NULL", from, code, year);
    jdbc.update("INSERT INTO society_work_report (society_code, report_year, summary_submitted_on, plan_submitted_on,"
        + " valid_from) VALUES (?, ?, ?, ?, ?)", code, year, summarySubmittedOn, planSubmittedOn, from);
  }

  /** R-EXCL-1, R-EXCL-2: a violation, criticism or penalty. */
  public void recordViolation(String code, Violation violation) {
    addViolation(code, violation, SINCE_EVER);
  }

  /** A violation on record from {@code from}; its row's id. */
  public long addViolation(String code, Violation violation, LocalDate from) {
    return insert("INSERT INTO society_violation (society_code, kind, authority, description, recorded_on, valid_from)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        code, violation.kind().name(), violation.authority(), violation.description(), violation.recordedOn(), from);
  }

  /**
   * The office corrects a violation row in force from {@code from}: it ends that day and the
   * corrected one (if any; none withdraws it) holds from then. The corrected row's id, or -1.
   */
  public long correctViolation(String code, long id, Optional<Violation> corrected, LocalDate from) {
    end("society_violation", code, id, from);
    return corrected.map(v -> addViolation(code, v, from)).orElse(-1L);
  }

  /** R-EXCL-3: a project commissioned by WAST or a related department. */
  public void recordCommissionedProject(String code, CommissionedProject project) {
    addCommissionedProject(code, project, SINCE_EVER);
  }

  public long addCommissionedProject(String code, CommissionedProject project, LocalDate from) {
    return insert("INSERT INTO society_commissioned_project (society_code, title, commissioned_by, due_on,"
            + " completed_on, valid_from) VALUES (?, ?, ?, ?, ?, ?)",
        code, project.title(), project.commissionedBy(), project.dueOn(), project.completedOn(), from);
  }

  /** As {@link #correctViolation}, for a commissioned project. */
  public long correctCommissionedProject(String code, long id, Optional<CommissionedProject> corrected,
      LocalDate from) {
    end("society_commissioned_project", code, id, from);
    return corrected.map(p -> addCommissionedProject(code, p, from)).orElse(-1L);
  }

  /** R-EXCL-4, R-SUP-1: a ban on applying, from {@code decidedOn} to {@code lastDay} inclusive. */
  public void recordFraudBan(String code, LocalDate decidedOn, LocalDate lastDay, String grounds) {
    recordFraudBan(code, new FraudBan(decidedOn, lastDay, grounds));
  }

  /** R-EXCL-4, R-SUP-1: a ban with its decision's details, in one row; its id. */
  public long recordFraudBan(String code, FraudBan ban) {
    return insert("INSERT INTO society_fraud_ban (society_code, decided_on, starts_on, last_day, grounds, deciding_body,"
            + " decision_number, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        code, ban.decidedOn(), ban.decidedOn(), ban.lastDay(), ban.grounds(), ban.decidingBody(), ban.decisionNumber(),
        ban.imported() ? "IMPORTED" : "WAST");
  }

  private void openVersion(Society s, String creditCode, LocalDate from) {
    Object[] values = attributeValues(s);
    Object[] row = new Object[values.length + 2];
    System.arraycopy(values, 0, row, 0, values.length);
    row[values.length] = creditCode;
    row[values.length + 1] = from;
    jdbc.update("INSERT INTO society_version (" + ATTRIBUTE_COLUMNS + ", society_code, credit_code, valid_from)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
  }

  private void end(String table, String code, long id, LocalDate on) {
    if (jdbc.update("UPDATE " + table + " SET valid_until = ? WHERE id = ? AND society_code = ?"
        + " AND valid_until IS NULL", on, id, code) != 1) {
      throw new IllegalArgumentException("no " + table + " row " + id + " of " + code + " in force");
    }
  }

  private long insert(String sql, Object... values) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement;
    }, keys);
    return keys.getKeyAs(Number.class).longValue();
  }

  private static Object[] attributeValues(Society s) {
    return new Object[] {
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
  }

  private <T> List<T> facts(String sql, RowMapper<T> mapper, String code, LocalDate asOf) {
    return jdbc.query(sql, mapper, code, asOf, asOf);
  }

  private static String inspectionQuery(String condition) {
    return "SELECT id, valid_from, valid_until, inspection_year, passed FROM society_annual_inspection"
        + " WHERE society_code = ?" + condition + " ORDER BY inspection_year";
  }

  private static String workReportQuery(String condition) {
    return "SELECT id, valid_from, valid_until, report_year, summary_submitted_on, plan_submitted_on"
        + " FROM society_work_report WHERE society_code = ?" + condition + " ORDER BY report_year";
  }

  private static String violationQuery(String condition) {
    return "SELECT id, valid_from, valid_until, kind, authority, description, recorded_on FROM society_violation"
        + " WHERE society_code = ?" + condition + " ORDER BY recorded_on, id";
  }

  private static String projectQuery(String condition) {
    return "SELECT id, valid_from, valid_until, title, commissioned_by, due_on, completed_on"
        + " FROM society_commissioned_project WHERE society_code = ?" + condition + " ORDER BY due_on, id";
  }

  private static String fraudBanQuery(String condition) {
    return "SELECT id, valid_from, valid_until, decided_on, last_day, grounds, deciding_body, decision_number, source"
        + " FROM society_fraud_ban"
        + " WHERE society_code = ?" + condition + " ORDER BY decided_on, id";
  }

  private static <T> RowMapper<Dated<T>> dated(RowMapper<T> fact) {
    return (rs, row) -> new Dated<>(rs.getLong("id"), fact.mapRow(rs, row), date(rs, "valid_from"),
        date(rs, "valid_until"));
  }

  private static AnnualInspection inspection(ResultSet rs, int row) throws SQLException {
    return new AnnualInspection(rs.getInt("inspection_year"), rs.getBoolean("passed"));
  }

  private static WorkReport workReport(ResultSet rs, int row) throws SQLException {
    return new WorkReport(rs.getInt("report_year"), date(rs, "summary_submitted_on"), date(rs, "plan_submitted_on"));
  }

  private static Violation violation(ResultSet rs, int row) throws SQLException {
    return new Violation(ViolationKind.valueOf(rs.getString("kind")), rs.getString("authority"),
        rs.getString("description"), date(rs, "recorded_on"));
  }

  private static CommissionedProject project(ResultSet rs, int row) throws SQLException {
    return new CommissionedProject(rs.getString("title"), rs.getString("commissioned_by"), date(rs, "due_on"),
        date(rs, "completed_on"));
  }

  private static FraudBan fraudBan(ResultSet rs, int row) throws SQLException {
    return new FraudBan(date(rs, "decided_on"), date(rs, "last_day"), rs.getString("grounds"),
        rs.getString("deciding_body"), rs.getString("decision_number"), "IMPORTED".equals(rs.getString("source")));
  }

  private static SocietyAttributes attributes(ResultSet rs, int row) throws SQLException {
    return new SocietyAttributes(society(rs, row), rs.getString("credit_code"));
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
