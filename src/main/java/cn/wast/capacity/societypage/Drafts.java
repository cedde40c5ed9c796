package cn.wast.capacity.societypage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The societies' drafts ({@code society_draft}). */
@Repository
class Drafts {

  /** A saved draft; {@code submittedAt} is set once the form it holds was submitted from it. */
  record Draft(String societyCode, int roundYear, DraftKind kind, DraftContent content, String savedBy,
      Instant savedAt, String submittedBy, Instant submittedAt) {}

  private final JdbcTemplate jdbc;

  Drafts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Draft> find(String societyCode, int roundYear, DraftKind kind) {
    return jdbc.query("SELECT * FROM society_draft WHERE society_code = ? AND round_year = ? AND kind = ?",
        Drafts::map, societyCode, roundYear, kind.name()).stream().findFirst();
  }

  List<Draft> findBySociety(String societyCode) {
    return jdbc.query("SELECT * FROM society_draft WHERE society_code = ? ORDER BY round_year DESC, kind",
        Drafts::map, societyCode);
  }

  /** Keeps the content as the society's draft; a submitted draft becomes a draft again. */
  void save(String societyCode, int roundYear, DraftKind kind, DraftContent content, String savedBy, Instant at) {
    int updated = jdbc.update("UPDATE society_draft SET content = ?, saved_by = ?, saved_at = ?,"
            + " submitted_by = NULL, submitted_at = NULL WHERE society_code = ? AND round_year = ? AND kind = ?",
        content.toJson(), savedBy, Timestamp.from(at), societyCode, roundYear, kind.name());
    if (updated == 0) {
      insertOrUpdate(societyCode, roundYear, kind, content, savedBy, at);
    }
  }

  private void insertOrUpdate(String societyCode, int roundYear, DraftKind kind, DraftContent content, String savedBy,
      Instant at) {
    try {
      jdbc.update("INSERT INTO society_draft (society_code, round_year, kind, content, saved_by, saved_at)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          societyCode, roundYear, kind.name(), content.toJson(), savedBy, Timestamp.from(at));
    } catch (DuplicateKeyException e) {
      // another user of the society saved the first version at the same moment: the later save wins
      save(societyCode, roundYear, kind, content, savedBy, at);
    }
  }

  void markSubmitted(String societyCode, int roundYear, DraftKind kind, String submittedBy, Instant at) {
    jdbc.update("UPDATE society_draft SET submitted_by = ?, submitted_at = ?"
            + " WHERE society_code = ? AND round_year = ? AND kind = ?",
        submittedBy, Timestamp.from(at), societyCode, roundYear, kind.name());
  }

  private static Draft map(ResultSet rs, int row) throws SQLException {
    Timestamp submitted = rs.getTimestamp("submitted_at");
    return new Draft(rs.getString("society_code"), rs.getInt("round_year"), DraftKind.valueOf(rs.getString("kind")),
        DraftContent.fromJson(rs.getString("content")), rs.getString("saved_by"),
        rs.getTimestamp("saved_at").toInstant(), rs.getString("submitted_by"),
        submitted == null ? null : submitted.toInstant());
  }
}
