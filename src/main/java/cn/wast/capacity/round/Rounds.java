package cn.wast.capacity.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rounds in the domain database. */
@Repository
public class Rounds {

  private final JdbcTemplate jdbc;

  Rounds(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Round> find(int year) {
    return jdbc.query("SELECT * FROM award_round WHERE round_year = ?", Rounds::map, year)
        .stream()
        .findFirst();
  }

  /** Every round, the newest first. */
  public List<Round> findAll() {
    return jdbc.query("SELECT * FROM award_round ORDER BY round_year DESC", Rounds::map);
  }

  public List<Round> findByStatus(RoundStatus status) {
    return jdbc.query(
        "SELECT * FROM award_round WHERE status = ? ORDER BY round_year", Rounds::map, status.name());
  }

  public void insert(Round round) {
    jdbc.update(
        "INSERT INTO award_round (round_year, quota, application_deadline, formal_review_deadline,"
            + " status, process_instance_id, opened_by, opened_at, award_amount, award_bands)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        round.year(),
        round.quota(),
        round.applicationDeadline(),
        round.formalReviewDeadline(),
        round.status().name(),
        round.processInstanceId(),
        round.openedBy(),
        Timestamp.from(round.openedAt()),
        round.awardAmount(),
        round.awardBands());
  }

  public void updateStatus(int year, RoundStatus status) {
    jdbc.update("UPDATE award_round SET status = ? WHERE round_year = ?", status.name(), year);
  }

  private static Round map(ResultSet rs, int row) throws SQLException {
    return new Round(
        rs.getInt("round_year"),
        rs.getInt("quota"),
        rs.getObject("application_deadline", java.time.LocalDate.class),
        rs.getObject("formal_review_deadline", java.time.LocalDate.class),
        RoundStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"),
        rs.getString("opened_by"),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getBigDecimal("award_amount"),
        rs.getString("award_bands"));
  }
}
