package cn.wast.capacity.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The applications in the domain database. */
@Repository
public class Applications {

  private final JdbcTemplate jdbc;

  Applications(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Application> find(String businessKey) {
    return jdbc.query("SELECT * FROM application WHERE business_key = ?", Applications::map, businessKey)
        .stream()
        .findFirst();
  }

  public Optional<Application> find(int roundYear, String societyCode) {
    return find(Application.businessKeyOf(roundYear, societyCode));
  }

  public List<Application> findByRound(int roundYear) {
    return jdbc.query(
        "SELECT * FROM application WHERE round_year = ? ORDER BY business_key",
        Applications::map,
        roundYear);
  }

  /** A society's applications, the latest round first. */
  public List<Application> findBySociety(String societyCode) {
    return jdbc.query(
        "SELECT * FROM application WHERE society_code = ? ORDER BY round_year DESC, business_key",
        Applications::map,
        societyCode);
  }

  public void insert(Application application) {
    jdbc.update(
        "INSERT INTO application (business_key, round_year, society_code, process_instance_id,"
            + " submitted_by, submitted_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
        application.businessKey(),
        application.roundYear(),
        application.societyCode(),
        application.processInstanceId(),
        application.submittedBy(),
        Timestamp.from(application.submittedAt()),
        application.status().name());
  }

  /** A stage that is not a decision (the reason and decision time are left as they were). */
  public void moveTo(String businessKey, ApplicationStatus status) {
    jdbc.update("UPDATE application SET status = ? WHERE business_key = ?", status.name(), businessKey);
  }

  /** A decision: the status, its reason (may be null) and when it was taken. */
  public void decide(String businessKey, ApplicationStatus status, String reason, Instant at) {
    jdbc.update(
        "UPDATE application SET status = ?, status_reason = ?, decided_at = ? WHERE business_key = ?",
        status.name(),
        reason,
        Timestamp.from(at),
        businessKey);
  }

  public Map<ApplicationStatus, Long> countByStatus(int roundYear) {
    Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
    jdbc.query(
        "SELECT status, COUNT(*) AS n FROM application WHERE round_year = ? GROUP BY status",
        rs -> {
          counts.put(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        },
        roundYear);
    return counts;
  }

  public List<String> acceptedKeys(int roundYear) {
    return jdbc.queryForList(
        "SELECT business_key FROM application WHERE round_year = ? AND status = ? ORDER BY business_key",
        String.class,
        roundYear,
        ApplicationStatus.ACCEPTED.name());
  }

  /** The registered name of each application's society, by the application's key, for a round. */
  public Map<String, String> societyNamesByKey(int roundYear) {
    Map<String, String> names = new HashMap<>();
    jdbc.query("SELECT a.business_key, s.name FROM application a JOIN society s ON s.code = a.society_code"
            + " WHERE a.round_year = ?",
        rs -> {
          names.put(rs.getString("business_key"), rs.getString("name"));
        },
        roundYear);
    return names;
  }

  private static Application map(ResultSet rs, int row) throws SQLException {
    Timestamp decidedAt = rs.getTimestamp("decided_at");
    return new Application(
        rs.getString("business_key"),
        rs.getInt("round_year"),
        rs.getString("society_code"),
        rs.getString("process_instance_id"),
        rs.getString("submitted_by"),
        rs.getTimestamp("submitted_at").toInstant(),
        ApplicationStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        decidedAt == null ? null : decidedAt.toInstant());
  }
}
