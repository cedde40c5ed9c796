package cn.wast.capacity.login;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every login attempt ({@code login_log}): when, which user id was tried, from which client
 * address, through which way in, and what became of it. The throttle counts failures from here,
 * so that every node of the cluster sees the same ones and a restart forgets none.
 */
@Repository
public class LoginLog {

  /** Longest user id kept; a longer one is cut (it is what an attacker typed, never a real id). */
  static final int USER_ID_LENGTH = 255;

  private final JdbcTemplate jdbc;

  LoginLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One line of the log. {@code refusedUntil} is when the delay or lock that refused or followed it ends. */
  public record Entry(long id, Instant at, String userId, String clientAddress, LoginChannel channel,
      LoginOutcome outcome, Instant refusedUntil) {}

  /** A run of failures: how many count, and the latest. */
  record Failures(int count, Instant latest) {
    static final Failures NONE = new Failures(0, null);
  }

  /** A page of the log, newest first. */
  public record Page(List<Entry> entries, long total) {}

  void record(Instant at, String userId, String clientAddress, LoginChannel channel, LoginOutcome outcome,
      Instant refusedUntil) {
    jdbc.update("INSERT INTO login_log (attempted_at, user_id, client_address, channel, outcome, refused_until) "
            + "VALUES (?, ?, ?, ?, ?, ?)",
        Timestamp.from(at), cut(userId), clientAddress, channel.name(), outcome.name(),
        refusedUntil == null ? null : Timestamp.from(refusedUntil));
  }

  /**
   * The user's failures since {@code since} and since the user's last login, at most {@code limit}
   * of them (refused attempts were never checked and do not count).
   */
  Failures userFailures(String userId, Instant since, int limit) {
    List<Object[]> rows = jdbc.query("SELECT outcome, attempted_at FROM login_log "
            + "WHERE user_id = ? AND attempted_at > ? AND outcome <> 'THROTTLED' "
            + "ORDER BY attempted_at DESC, id DESC LIMIT ?",
        (rs, n) -> new Object[] {LoginOutcome.valueOf(rs.getString(1)), instant(rs, 2)},
        cut(userId), Timestamp.from(since), limit);
    int count = 0;
    Instant latest = null;
    for (Object[] row : rows) {
      if (!((LoginOutcome) row[0]).isFailure()) {
        break;
      }
      latest = latest == null ? (Instant) row[1] : latest;
      count++;
    }
    return new Failures(count, latest);
  }

  /** The failures from this client address since {@code since}, whoever they were for. */
  Failures addressFailures(String clientAddress, Instant since) {
    return jdbc.queryForObject("SELECT COUNT(*), MAX(attempted_at) FROM login_log "
            + "WHERE client_address = ? AND attempted_at > ? AND outcome IN ('FAILED', 'LOCKED')",
        (rs, n) -> new Failures(rs.getInt(1), instant(rs, 2)), clientAddress, Timestamp.from(since));
  }

  /** The log newest first, only this user's attempts when {@code userId} is given. */
  public Page page(String userId, int page, int size) {
    List<Object> args = new ArrayList<>();
    String where = "";
    if (userId != null) {
      where = " WHERE user_id = ?";
      args.add(userId);
    }
    long total = jdbc.queryForObject("SELECT COUNT(*) FROM login_log" + where, Long.class, args.toArray());
    args.add(size);
    args.add((long) page * size);
    List<Entry> entries = jdbc.query("SELECT id, attempted_at, user_id, client_address, channel, outcome, refused_until "
        + "FROM login_log" + where + " ORDER BY attempted_at DESC, id DESC LIMIT ? OFFSET ?",
        (rs, n) -> new Entry(rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4),
            LoginChannel.valueOf(rs.getString(5)), LoginOutcome.valueOf(rs.getString(6)), instant(rs, 7)),
        args.toArray());
    return new Page(entries, total);
  }

  /** Removes the attempts made before {@code cutoff}; returns how many. */
  int removeBefore(Instant cutoff) {
    return jdbc.update("DELETE FROM login_log WHERE attempted_at < ?", Timestamp.from(cutoff));
  }

  private static String cut(String userId) {
    return userId.length() <= USER_ID_LENGTH ? userId : userId.substring(0, USER_ID_LENGTH);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
