package cn.wast.capacity.publicity;

import cn.wast.capacity.PlainText;
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

/** The objections ({@code objection}). */
@Repository
public class Objections {

  /** Objections still under investigation against an entry, and those upheld. */
  public record Standing(int pending, int upheld) {}

  /** A new objection as the public form submitted it, checked. */
  public record NewObjection(NoticeEntry entry, String objectorName, String objectorPhone, String objectorEmail,
      String grounds, String attachmentName, String attachmentType, byte[] attachment, Instant submittedAt,
      String submittedFrom) {}

  private static final String COLUMNS = "id, notice_entry_id, round_year, application_key, society_code,"
      + " objector_name, objector_phone, objector_email, grounds, attachment_name, attachment_type, submitted_at,"
      + " submitted_from, process_instance_id, status, decision_reasons, fraud_finding";

  private final JdbcTemplate jdbc;

  Objections(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(NewObjection objection) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var s = connection.prepareStatement("INSERT INTO objection (notice_entry_id, round_year, application_key,"
          + " society_code, objector_name, objector_phone, objector_email, grounds, attachment_name, attachment_type,"
          + " attachment, submitted_at, submitted_from, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      NoticeEntry entry = objection.entry();
      s.setLong(1, entry.id());
      s.setInt(2, entry.roundYear());
      s.setString(3, entry.applicationKey());
      s.setString(4, entry.societyCode());
      s.setString(5, objection.objectorName());
      s.setString(6, objection.objectorPhone());
      s.setString(7, objection.objectorEmail());
      s.setString(8, objection.grounds());
      s.setString(9, objection.attachmentName());
      s.setString(10, objection.attachmentType());
      s.setBytes(11, objection.attachment());
      s.setTimestamp(12, Timestamp.from(objection.submittedAt()));
      s.setString(13, objection.submittedFrom());
      s.setString(14, ObjectionStatus.RECEIVED.name());
      return s;
    }, key);
    return key.getKey().longValue();
  }

  /**
   * The first objection received against the same entry from the same phone and email with the
   * same grounds, whitespace aside. Call it in the transaction that stores the objection:
   * it locks the entry's row, so two identical submissions at the same moment take turns.
   */
  public Optional<Objection> earlierCopy(NewObjection objection) {
    jdbc.queryForList("SELECT id FROM public_notice_entry WHERE id = ? FOR UPDATE", Long.class,
        objection.entry().id());
    String grounds = PlainText.collapseWhitespace(objection.grounds());
    return jdbc.query("SELECT " + COLUMNS + " FROM objection WHERE notice_entry_id = ?"
            + " AND COALESCE(objector_phone, '') = ? AND LOWER(COALESCE(objector_email, '')) = LOWER(?) ORDER BY id",
            Objections::map, objection.entry().id(), nullToEmpty(objection.objectorPhone()),
            nullToEmpty(objection.objectorEmail()))
        .stream()
        .filter(earlier -> PlainText.collapseWhitespace(earlier.grounds()).equals(grounds))
        .findFirst();
  }

  public void linkProcess(long id, String processInstanceId) {
    jdbc.update("UPDATE objection SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public Optional<Objection> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM objection WHERE id = ?", Objections::map, id).stream().findFirst();
  }

  public List<Objection> findByRound(int roundYear) {
    return jdbc.query("SELECT " + COLUMNS + " FROM objection WHERE round_year = ? ORDER BY id", Objections::map,
        roundYear);
  }

  public Optional<byte[]> attachment(long id) {
    return jdbc.query("SELECT attachment FROM objection WHERE id = ? AND attachment IS NOT NULL",
        (rs, n) -> rs.getBytes(1), id).stream().findFirst();
  }

  public void decide(long id, ObjectionStatus status, String reasons, boolean fraudFinding, String decidedBy,
      Instant at) {
    jdbc.update("UPDATE objection SET status = ?, decision_reasons = ?, fraud_finding = ?, decided_by = ?,"
        + " decided_at = ? WHERE id = ?", status.name(), reasons, fraudFinding, decidedBy, Timestamp.from(at), id);
  }

  public Standing standing(long noticeEntryId) {
    return new Standing(count(noticeEntryId, ObjectionStatus.RECEIVED), count(noticeEntryId, ObjectionStatus.UPHELD));
  }

  /** The office's reasons on every upheld objection against an entry, oldest first. */
  public List<String> upheldReasons(long noticeEntryId) {
    return jdbc.queryForList("SELECT decision_reasons FROM objection WHERE notice_entry_id = ? AND status = ?"
        + " ORDER BY decided_at, id", String.class, noticeEntryId, ObjectionStatus.UPHELD.name());
  }

  /** Objections from one client address since a moment: the flood limit counts these. */
  public int countFrom(String address, Instant since) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM objection WHERE submitted_from = ? AND submitted_at >= ?",
        Integer.class, address, Timestamp.from(since));
    return count == null ? 0 : count;
  }

  public int countByEmail(String email, Instant since) {
    Integer count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM objection WHERE LOWER(objector_email) = LOWER(?) AND submitted_at >= ?",
        Integer.class, email, Timestamp.from(since));
    return count == null ? 0 : count;
  }

  private int count(long entryId, ObjectionStatus status) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM objection WHERE notice_entry_id = ? AND status = ?",
        Integer.class, entryId, status.name());
    return count == null ? 0 : count;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static Objection map(ResultSet rs, int row) throws SQLException {
    return new Objection(rs.getLong("id"), rs.getLong("notice_entry_id"), rs.getInt("round_year"),
        rs.getString("application_key"), rs.getString("society_code"), rs.getString("objector_name"),
        rs.getString("objector_phone"), rs.getString("objector_email"), rs.getString("grounds"),
        rs.getString("attachment_name"), rs.getString("attachment_type"), rs.getTimestamp("submitted_at").toInstant(),
        rs.getString("submitted_from"), rs.getString("process_instance_id"),
        ObjectionStatus.valueOf(rs.getString("status")), rs.getString("decision_reasons"),
        rs.getBoolean("fraud_finding"));
  }
}
