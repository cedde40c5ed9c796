package cn.wast.capacity.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The public notice's entries ({@code public_notice_entry}). */
@Repository
public class PublicNotices {

  private final JdbcTemplate jdbc;

  PublicNotices(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Puts a proposed society on the notice for the period given; returns the entry's id. */
  public long publish(int roundYear, String applicationKey, String societyCode, int place,
      Instant startsAt, Instant endsAt, boolean movedUp) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(
          "INSERT INTO public_notice_entry (round_year, application_key, society_code, place, starts_at,"
              + " ends_at, status, moved_up) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      statement.setInt(1, roundYear);
      statement.setString(2, applicationKey);
      statement.setString(3, societyCode);
      statement.setInt(4, place);
      statement.setTimestamp(5, Timestamp.from(startsAt));
      statement.setTimestamp(6, Timestamp.from(endsAt));
      statement.setString(7, NoticeStatus.IN_NOTICE.name());
      statement.setBoolean(8, movedUp);
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  public Optional<NoticeEntry> find(long id) {
    return jdbc.query("SELECT * FROM public_notice_entry WHERE id = ?", PublicNotices::map, id)
        .stream().findFirst();
  }

  public Optional<NoticeEntry> findByApplication(String applicationKey) {
    return jdbc.query("SELECT * FROM public_notice_entry WHERE application_key = ?", PublicNotices::map,
        applicationKey).stream().findFirst();
  }

  /** Every entry of a round, by place and then in the order they were published. */
  public List<NoticeEntry> findByRound(int roundYear) {
    return jdbc.query("SELECT * FROM public_notice_entry WHERE round_year = ? ORDER BY place, id",
        PublicNotices::map, roundYear);
  }

  /** The years that have a notice, latest first. */
  public List<Integer> roundYears() {
    return jdbc.queryForList(
        "SELECT DISTINCT round_year FROM public_notice_entry ORDER BY round_year DESC", Integer.class);
  }

  /** Ends an entry's notice: the society was commended or removed. */
  public void close(long id, NoticeStatus status, Instant at) {
    jdbc.update("UPDATE public_notice_entry SET status = ?, closed_at = ? WHERE id = ?",
        status.name(), Timestamp.from(at), id);
  }

  private static NoticeEntry map(ResultSet rs, int row) throws SQLException {
    Timestamp closedAt = rs.getTimestamp("closed_at");
    return new NoticeEntry(
        rs.getLong("id"),
        rs.getInt("round_year"),
        rs.getString("application_key"),
        rs.getString("society_code"),
        rs.getInt("place"),
        rs.getTimestamp("starts_at").toInstant(),
        rs.getTimestamp("ends_at").toInstant(),
        NoticeStatus.valueOf(rs.getString("status")),
        rs.getBoolean("moved_up"),
        closedAt == null ? null : closedAt.toInstant());
  }
}
