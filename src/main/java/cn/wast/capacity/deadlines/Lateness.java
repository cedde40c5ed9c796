package cn.wast.capacity.deadlines;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Issue 18, finding 6: lateness on record ({@code deadline_lateness}), one row per event. */
@Repository
public class Lateness {

  /** One event at a passed deadline. */
  public record Entry(String applicationKey, Deadline deadline, Instant dueAt, Instant happenedAt, int daysLate,
      LatenessDecision decision, Instant newDueAt, String reason, String decidedBy) {}

  private final JdbcTemplate jdbc;

  Lateness(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Whole days after the deadline's last day (a deadline passes at the end of its day), 0 if on time. */
  public static int daysLate(Instant dueAt, Instant at, ZoneId zone) {
    LocalDate lastDay = LocalDate.ofInstant(dueAt.minusNanos(1), zone);
    return (int) Math.max(0, ChronoUnit.DAYS.between(lastDay, LocalDate.ofInstant(at, zone)));
  }

  void record(Entry entry) {
    jdbc.update("INSERT INTO deadline_lateness (application_key, deadline, due_at, happened_at, days_late, decision,"
        + " new_due_at, reason, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entry.applicationKey(),
        entry.deadline().name(), Timestamp.from(entry.dueAt()), Timestamp.from(entry.happenedAt()), entry.daysLate(),
        entry.decision().name(), entry.newDueAt() == null ? null : Timestamp.from(entry.newDueAt()), entry.reason(),
        entry.decidedBy());
  }

  public List<Entry> ofApplication(String applicationKey) {
    return jdbc.query("SELECT * FROM deadline_lateness WHERE application_key = ? ORDER BY happened_at, id",
        (rs, n) -> new Entry(rs.getString("application_key"), Deadline.valueOf(rs.getString("deadline")),
            rs.getTimestamp("due_at").toInstant(), rs.getTimestamp("happened_at").toInstant(), rs.getInt("days_late"),
            LatenessDecision.valueOf(rs.getString("decision")),
            rs.getTimestamp("new_due_at") == null ? null : rs.getTimestamp("new_due_at").toInstant(),
            rs.getString("reason"), rs.getString("decided_by")), applicationKey);
  }

  /**
   * The lateness on record of one award, as the award list shows it: the most days each deadline
   * was passed by, in the order of the deadlines ("经费使用管理方案逾期15天；中期检查材料逾期3天"), or 无.
   */
  public String summary(String applicationKey) {
    java.util.Map<Deadline, Integer> most = new java.util.EnumMap<>(Deadline.class);
    ofApplication(applicationKey).stream().filter(e -> e.daysLate() > 0)
        .forEach(e -> most.merge(e.deadline(), e.daysLate(), Math::max));
    return most.isEmpty() ? "无" : most.entrySet().stream()
        .map(e -> e.getKey().label() + "逾期" + e.getValue() + "天")
        .collect(java.util.stream.Collectors.joining("；"));
  }

  /** How many plans and reports of the round's awards were submitted after their deadline. */
  public long lateSubmissions(int roundYear) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM deadline_lateness l JOIN application a"
        + " ON a.business_key = l.application_key WHERE a.round_year = ? AND l.decision = ?", Long.class, roundYear,
        LatenessDecision.SUBMITTED_LATE.name());
    return count == null ? 0 : count;
  }
}
