package cn.wast.capacity.publicity;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the objections against one notice entry amount to, for the round's decisions. */
@Component
class NoticeObjections {

  /** Objections still under investigation, and those upheld. */
  record Standing(int pending, int upheld) {}

  private final JdbcTemplate jdbc;

  NoticeObjections(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Standing of(long entryId) {
    return new Standing(count(entryId, "RECEIVED"), count(entryId, "UPHELD"));
  }

  /** The office's reasons on every upheld objection, oldest first. */
  List<String> upheldReasons(long entryId) {
    return jdbc.queryForList("SELECT decision_reasons FROM objection WHERE notice_entry_id = ? AND status = 'UPHELD'"
        + " ORDER BY decided_at, id", String.class, entryId);
  }

  private int count(long entryId, String status) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM objection WHERE notice_entry_id = ? AND status = ?",
        Integer.class, entryId, status);
    return count == null ? 0 : count;
  }
}
