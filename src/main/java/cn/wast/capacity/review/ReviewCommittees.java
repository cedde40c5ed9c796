package cn.wast.capacity.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** R-REV-2: each round's committee as the office formed it. */
@Repository
public class ReviewCommittees {

  private final JdbcTemplate jdbc;

  ReviewCommittees(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void form(int roundYear, List<String> expertIds, int perApplication, Instant scoringDueAt,
      String formedBy, Instant at) {
    jdbc.update("INSERT INTO review_committee (round_year, experts_per_application, scoring_due_at, formed_by,"
            + " formed_at) VALUES (?, ?, ?, ?, ?)",
        roundYear, perApplication, Timestamp.from(scoringDueAt), formedBy, Timestamp.from(at));
    for (String expertId : expertIds) {
      jdbc.update("INSERT INTO review_committee_member (round_year, expert_id) VALUES (?, ?)", roundYear, expertId);
    }
  }

  public List<String> members(int roundYear) {
    return jdbc.queryForList(
        "SELECT expert_id FROM review_committee_member WHERE round_year = ? ORDER BY expert_id", String.class,
        roundYear);
  }
}
