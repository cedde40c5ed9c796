package cn.wast.capacity.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** R-EVAL-1: the round's ranking ({@code review_result}). */
@Repository
public class ReviewResults {

  private final JdbcTemplate jdbc;

  ReviewResults(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(ReviewResult result) {
    jdbc.update("INSERT INTO review_result (application_key, round_year, composite, ranking, scored_by, proposed,"
            + " tie_note) VALUES (?, ?, ?, ?, ?, ?, ?)",
        result.applicationKey(), result.roundYear(), result.composite(), result.ranking(), result.scoredBy(),
        result.proposed(), result.tieNote());
  }

  public void propose(Collection<String> applicationKeys, String tieNote) {
    for (String key : applicationKeys) {
      jdbc.update("UPDATE review_result SET proposed = TRUE, tie_note = ? WHERE application_key = ?", tieNote, key);
    }
  }

  /** Records the office's reasons on every application that shared the boundary score. */
  public void noteTie(Collection<String> applicationKeys, String tieNote) {
    for (String key : applicationKeys) {
      jdbc.update("UPDATE review_result SET tie_note = ? WHERE application_key = ?", tieNote, key);
    }
  }

  public Optional<ReviewResult> find(String applicationKey) {
    return jdbc.query("SELECT * FROM review_result WHERE application_key = ?", ReviewResults::map, applicationKey)
        .stream().findFirst();
  }

  /** The round's results, best first (ties by application key). */
  public List<ReviewResult> findByRound(int roundYear) {
    return jdbc.query("SELECT * FROM review_result WHERE round_year = ? ORDER BY ranking, application_key",
        ReviewResults::map, roundYear);
  }

  /** The applications of a round with exactly this composite score. */
  public Set<String> sharing(int roundYear, BigDecimal composite) {
    return findByRound(roundYear).stream()
        .filter(r -> r.composite().compareTo(composite) == 0)
        .map(ReviewResult::applicationKey)
        .collect(Collectors.toSet());
  }

  private static ReviewResult map(ResultSet rs, int row) throws SQLException {
    return new ReviewResult(rs.getString("application_key"), rs.getInt("round_year"), rs.getBigDecimal("composite"),
        rs.getInt("ranking"), rs.getInt("scored_by"), rs.getBoolean("proposed"), rs.getString("tie_note"));
  }
}
