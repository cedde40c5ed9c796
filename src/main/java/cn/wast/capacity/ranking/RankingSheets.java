package cn.wast.capacity.ranking;

import cn.wast.capacity.review.AssignmentStatus;
import cn.wast.capacity.round.Rounds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** R-EVAL-1: builds a round's ranking sheet from the database, in three queries whatever its size. */
@Component
public class RankingSheets {

  private final JdbcTemplate jdbc;
  private final Rounds rounds;

  RankingSheets(JdbcTemplate jdbc, Rounds rounds) {
    this.jdbc = jdbc;
    this.rounds = rounds;
  }

  /** The sheet, once the round is ranked. */
  public Optional<RankingSheet> of(int year) {
    var round = rounds.find(year);
    if (round.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<RankingSheet.ExpertScore>> scores = new HashMap<>();
    jdbc.query("SELECT a.application_key, e.name, a.status, a.score_c1, a.score_c2, a.score_c3, a.score_c4,"
            + " a.weighted_total, a.score_comment, a.ended_reason FROM review_assignment a"
            + " JOIN expert e ON e.user_id = a.expert_id WHERE a.round_year = ? ORDER BY a.application_key, a.seat, a.id",
        rs -> {
          scores.computeIfAbsent(rs.getString("application_key"), k -> new ArrayList<>()).add(
              new RankingSheet.ExpertScore(rs.getString("name"), AssignmentStatus.valueOf(rs.getString("status")),
                  rs.getBigDecimal("score_c1"), rs.getBigDecimal("score_c2"), rs.getBigDecimal("score_c3"),
                  rs.getBigDecimal("score_c4"), rs.getBigDecimal("weighted_total"), rs.getString("score_comment"),
                  rs.getString("ended_reason")));
        }, year);
    List<RankingSheet.Row> rows = jdbc.query("SELECT r.*, s.name AS society_name FROM review_result r"
            + " JOIN application a ON a.business_key = r.application_key JOIN society s ON s.code = a.society_code"
            + " WHERE r.round_year = ? ORDER BY r.ranking, r.application_key",
        (rs, n) -> new RankingSheet.Row(rs.getInt("ranking"), rs.getString("society_name"),
            rs.getString("application_key"), rs.getBigDecimal("composite"), rs.getInt("scored_by"),
            rs.getBoolean("proposed"), rs.getString("tie_note"),
            List.copyOf(scores.getOrDefault(rs.getString("application_key"), List.of()))),
        year);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RankingSheet(year, round.get().quota(), rows));
  }
}
