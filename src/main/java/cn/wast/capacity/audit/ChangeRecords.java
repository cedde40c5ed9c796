package cn.wast.capacity.audit;

import cn.wast.capacity.ProgrammeClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The record of every change the office makes outside the processes (registry, experts, accounts,
 * credit records): one row per field, written in the same transaction as the change itself.
 */
@Repository
public class ChangeRecords {

  /** The longest reason a change record keeps. */
  public static final int REASON_LENGTH = 1000;
  private static final int VALUE_LENGTH = 4000;

  private final JdbcTemplate jdbc;
  private final ProgrammeClock clock;

  public ChangeRecords(JdbcTemplate jdbc, ProgrammeClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records the fields changed on one subject. A change without a reason is refused: the pages
   * ask for one before they change anything, so reaching here without one is a programming error.
   */
  public void record(ChangeSubject subject, String key, String name, List<FieldChange> changes, String reason,
      String changedBy) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a change is recorded with its reason");
    }
    if (changedBy == null || changedBy.isBlank()) {
      throw new IllegalArgumentException("a change is recorded with who made it");
    }
    Timestamp at = Timestamp.from(clock.now());
    for (FieldChange change : changes) {
      jdbc.update(
          "INSERT INTO change_record (subject_kind, subject_key, subject_name, field, before_value, after_value,"
              + " reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          subject.name(), key, name, change.field(), cut(change.before()), cut(change.after()),
          reason.strip(), changedBy, at);
    }
  }

  /** What was changed on one subject, newest first. */
  public List<ChangeRecord> of(ChangeSubject subject, String key) {
    return jdbc.query("SELECT * FROM change_record WHERE subject_kind = ? AND subject_key = ?"
        + " ORDER BY changed_at DESC, id DESC", ChangeRecords::row, subject.name(), key);
  }

  /** The latest changes of any kind, newest first. */
  public List<ChangeRecord> latest(int limit) {
    return jdbc.query("SELECT * FROM change_record ORDER BY changed_at DESC, id DESC", ChangeRecords::row)
        .stream().limit(limit).toList();
  }

  /** Removes the changes made before a moment; what remains is what history still keeps. */
  int removeBefore(Instant cutoff) {
    return jdbc.update("DELETE FROM change_record WHERE changed_at < ?", Timestamp.from(cutoff));
  }

  private static String cut(String value) {
    return value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH - 1) + "…";
  }

  private static ChangeRecord row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new ChangeRecord(rs.getLong("id"), ChangeSubject.valueOf(rs.getString("subject_kind")),
        rs.getString("subject_key"), rs.getString("subject_name"), rs.getString("field"),
        rs.getString("before_value"), rs.getString("after_value"), rs.getString("reason"),
        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
  }
}
