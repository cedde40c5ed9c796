package cn.wast.capacity.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The commendations and awards ({@code award}). */
@Repository
public class Awards {

  private final JdbcTemplate jdbc;

  Awards(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Award award) {
    jdbc.update("INSERT INTO award (application_key, round_year, society_code, ranking, composite, amount,"
            + " commended_at, implementation_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        award.applicationKey(), award.roundYear(), award.societyCode(), award.ranking(), award.composite(),
        award.amount(), Timestamp.from(award.commendedAt()), award.implementationStatus());
  }

  public Optional<Award> find(String applicationKey) {
    return jdbc.query("SELECT * FROM award WHERE application_key = ?", Awards::map, applicationKey).stream().findFirst();
  }

  /** A round's awards by rank. */
  public List<Award> findByRound(int roundYear) {
    return jdbc.query("SELECT * FROM award WHERE round_year = ? ORDER BY ranking, application_key", Awards::map,
        roundYear);
  }

  /** A society's awards, earliest round first. */
  public List<Award> findBySociety(String societyCode) {
    return jdbc.query("SELECT * FROM award WHERE society_code = ? ORDER BY round_year, application_key", Awards::map,
        societyCode);
  }

  /** Where the awarded society's implementation stands, e.g. PLAN_FILED. */
  public void moveImplementationTo(String applicationKey, String implementationStatus) {
    jdbc.update("UPDATE award SET implementation_status = ? WHERE application_key = ?", implementationStatus,
        applicationKey);
  }

  private static Award map(ResultSet rs, int row) throws SQLException {
    return new Award(rs.getString("application_key"), rs.getInt("round_year"), rs.getString("society_code"),
        rs.getInt("ranking"), rs.getBigDecimal("composite"), rs.getBigDecimal("amount"),
        rs.getTimestamp("commended_at").toInstant(), rs.getString("implementation_status"));
  }
}
