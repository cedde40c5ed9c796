package cn.wast.capacity.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The experts' assignments and scores ({@code review_assignment}). */
@Repository
public class ReviewAssignments {

  private final JdbcTemplate jdbc;

  ReviewAssignments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long assign(int roundYear, String applicationKey, int seat, String expertId, Instant at, Instant dueAt) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(
          "INSERT INTO review_assignment (round_year, application_key, seat, expert_id, status, assigned_at,"
              + " due_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setInt(1, roundYear);
      statement.setString(2, applicationKey);
      statement.setInt(3, seat);
      statement.setString(4, expertId);
      statement.setString(5, AssignmentStatus.ASSIGNED.name());
      statement.setTimestamp(6, Timestamp.from(at));
      statement.setTimestamp(7, Timestamp.from(dueAt));
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  public Optional<ReviewAssignment> find(long id) {
    return jdbc.query("SELECT * FROM review_assignment WHERE id = ?", ReviewAssignments::map, id).stream().findFirst();
  }

  /** The assignment now holding a seat: the latest one, whatever its status. */
  public Optional<ReviewAssignment> holding(String applicationKey, int seat) {
    return jdbc.query("SELECT * FROM review_assignment WHERE application_key = ? AND seat = ? ORDER BY id DESC",
        ReviewAssignments::map, applicationKey, seat).stream().findFirst();
  }

  public List<ReviewAssignment> findByRound(int roundYear) {
    return jdbc.query("SELECT * FROM review_assignment WHERE round_year = ? ORDER BY application_key, seat, id",
        ReviewAssignments::map, roundYear);
  }

  public List<ReviewAssignment> findByApplication(String applicationKey) {
    return jdbc.query("SELECT * FROM review_assignment WHERE application_key = ? ORDER BY seat, id",
        ReviewAssignments::map, applicationKey);
  }

  /** Whether the expert holds an assignment to the application that is open or scored. */
  public boolean isOn(String expertId, String applicationKey) {
    Long count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM review_assignment WHERE expert_id = ? AND application_key = ? AND status IN (?, ?)",
        Long.class, expertId, applicationKey, AssignmentStatus.ASSIGNED.name(), AssignmentStatus.SCORED.name());
    return count != null && count > 0;
  }

  public void recordScore(long id, Map<Capacity, BigDecimal> scores, BigDecimal weightedTotal, String comment,
      Instant at) {
    jdbc.update("UPDATE review_assignment SET status = ?, score_c1 = ?, score_c2 = ?, score_c3 = ?, score_c4 = ?,"
            + " weighted_total = ?, score_comment = ?, scored_at = ? WHERE id = ? AND status = ?",
        AssignmentStatus.SCORED.name(), scores.get(Capacity.C1), scores.get(Capacity.C2), scores.get(Capacity.C3),
        scores.get(Capacity.C4), weightedTotal, comment, Timestamp.from(at), id, AssignmentStatus.ASSIGNED.name());
  }

  /** Ends an open assignment: recused, replaced or its seat withdrawn, with the reason. */
  public void end(long id, AssignmentStatus status, String reason, Instant at) {
    jdbc.update("UPDATE review_assignment SET status = ?, ended_reason = ?, ended_at = ? WHERE id = ? AND status = ?",
        status.name(), reason, Timestamp.from(at), id, AssignmentStatus.ASSIGNED.name());
  }

  public void extend(long id, Instant dueAt) {
    jdbc.update("UPDATE review_assignment SET due_at = ? WHERE id = ?", Timestamp.from(dueAt), id);
  }

  /** The weighted totals of an application's scored assignments. */
  public Map<String, List<BigDecimal>> weightedTotalsByApplication(int roundYear) {
    Map<String, List<BigDecimal>> totals = new java.util.TreeMap<>();
    jdbc.query("SELECT application_key, weighted_total FROM review_assignment WHERE round_year = ? AND status = ?",
        rs -> {
          totals.computeIfAbsent(rs.getString("application_key"), k -> new java.util.ArrayList<>())
              .add(rs.getBigDecimal("weighted_total"));
        }, roundYear, AssignmentStatus.SCORED.name());
    return totals;
  }

  private static ReviewAssignment map(ResultSet rs, int row) throws SQLException {
    return new ReviewAssignment(
        rs.getLong("id"),
        rs.getInt("round_year"),
        rs.getString("application_key"),
        rs.getInt("seat"),
        rs.getString("expert_id"),
        AssignmentStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("assigned_at").toInstant(),
        rs.getTimestamp("due_at").toInstant(),
        rs.getBigDecimal("weighted_total"),
        rs.getString("ended_reason"));
  }
}
