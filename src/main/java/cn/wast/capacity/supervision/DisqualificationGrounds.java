package cn.wast.capacity.supervision;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.Markdown;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** R-SUP-1: every ground a disqualification was started or joined on, in order ({@code disqualification_ground}). */
@Repository
public class DisqualificationGrounds {

  /** One ground: what was found, where it came from, and when. */
  public record Ground(String grounds, String source, Instant addedAt) {}

  private final JdbcTemplate jdbc;

  DisqualificationGrounds(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void add(String businessKey, String grounds, String source, Instant at) {
    jdbc.update("INSERT INTO disqualification_ground (business_key, grounds, source, added_at) VALUES (?, ?, ?, ?)",
        businessKey, grounds, source, Timestamp.from(at));
  }

  public List<Ground> of(String businessKey) {
    return jdbc.query("SELECT * FROM disqualification_ground WHERE business_key = ? ORDER BY id", (rs, n) ->
        new Ground(rs.getString("grounds"), rs.getString("source"), rs.getTimestamp("added_at").toInstant()),
        businessKey);
  }

  /** Every ground as the investigation form shows it: numbered, with its source and date, as literal text. */
  static String markdown(List<Ground> grounds, ZoneId zone) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < grounds.size(); i++) {
      Ground ground = grounds.get(i);
      shown.append("**").append(i + 1).append(". ").append(Markdown.escape(ground.source())).append("（")
          .append(ChineseDates.dateTime(ground.addedAt(), zone)).append("）**\n\n")
          .append(Markdown.paragraphs(ground.grounds())).append("\n\n");
    }
    return shown.toString().strip();
  }
}
