package cn.wast.capacity.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files societies upload for their applications (R-APP-2, R-APP-3). A file waits against
 * society and round ("pending") until the application is submitted, which attaches it to the
 * application's business key; files uploaded during a correction are attached at once. Lists
 * never read the content; only {@link #load} does.
 */
@Repository
public class ApplicationDocuments {

  private static final String INFO_COLUMNS =
      "id, society_code, round_year, kind, file_name, content_type, size_bytes, sha256,"
          + " uploaded_by, uploaded_at, application_key, voucher_number";

  private final JdbcTemplate jdbc;

  public ApplicationDocuments(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** R-APP-2: whether the society has uploaded a board resolution for the round, not yet attached. */
  public boolean hasPendingBoardResolution(String societyCode, int roundYear) {
    return count(
        "SELECT COUNT(*) FROM application_document WHERE society_code = ? AND round_year = ?"
            + " AND kind = ? AND application_key IS NULL",
        societyCode, roundYear, DocumentKind.BOARD_RESOLUTION.name()) > 0;
  }

  /** Attaches every pending file of the society for the round to the application; returns how many. */
  public int attachPendingTo(String societyCode, int roundYear, String applicationKey) {
    return jdbc.update(
        "UPDATE application_document SET application_key = ?"
            + " WHERE society_code = ? AND round_year = ? AND application_key IS NULL",
        applicationKey, societyCode, roundYear);
  }

  /** R-APP-2: whether the application has a board resolution among its files. */
  public boolean hasBoardResolution(String applicationKey) {
    return count(
        "SELECT COUNT(*) FROM application_document WHERE application_key = ? AND kind = ?",
        applicationKey, DocumentKind.BOARD_RESOLUTION.name()) > 0;
  }

  /** The files of a submitted application, oldest first, without content. */
  public List<DocumentInfo> listForApplication(String applicationKey) {
    return jdbc.query(
        "SELECT " + INFO_COLUMNS + " FROM application_document WHERE application_key = ? ORDER BY id",
        ApplicationDocuments::info, applicationKey);
  }

  /** R-FUND-2: the voucher scans of an awarded application, by voucher number then upload, without content. */
  public List<DocumentInfo> voucherScans(String applicationKey) {
    return jdbc.query(
        "SELECT " + INFO_COLUMNS + " FROM application_document WHERE application_key = ? AND kind = ?"
            + " ORDER BY voucher_number, id",
        ApplicationDocuments::info, applicationKey, DocumentKind.VOUCHER_SCAN.name());
  }

  /**
   * R-FUND-2: the voucher numbers of the ledgers already submitted for the application's checks;
   * their scans are on record and stay.
   */
  public java.util.Set<String> submittedVouchers(String applicationKey) {
    return new java.util.TreeSet<>(jdbc.queryForList(
        "SELECT e.voucher_number FROM expense e JOIN implementation_check c ON c.id = e.check_id"
            + " WHERE c.application_key = ?", String.class, applicationKey));
  }

  /** The society's files for the round that wait for the submission, oldest first, without content. */
  public List<DocumentInfo> listPending(String societyCode, int roundYear) {
    return jdbc.query(
        "SELECT " + INFO_COLUMNS + " FROM application_document"
            + " WHERE society_code = ? AND round_year = ? AND application_key IS NULL ORDER BY id",
        ApplicationDocuments::info, societyCode, roundYear);
  }

  /** One file's description, without content. */
  public Optional<DocumentInfo> find(long id) {
    return jdbc.query(
        "SELECT " + INFO_COLUMNS + " FROM application_document WHERE id = ?",
        ApplicationDocuments::info, id).stream().findFirst();
  }

  /** One file with its content. */
  public Optional<StoredDocument> load(long id) {
    return jdbc.query(
        "SELECT " + INFO_COLUMNS + ", content FROM application_document WHERE id = ?",
        (rs, row) -> new StoredDocument(info(rs, row), rs.getBytes("content")), id).stream().findFirst();
  }

  /**
   * Stores a checked file unless the same content is already stored in the same place (society,
   * round, application, kind and voucher): what a retried upload whose answer was lost finds.
   * Returns that earlier copy, or nothing when the file was stored now. It locks the society's
   * row, so the same file sent twice at the same moment takes turns and is stored once.
   */
  @Transactional
  public Optional<DocumentInfo> storeUnlessStored(NewDocument document) {
    jdbc.queryForList("SELECT code FROM society WHERE code = ? FOR UPDATE", String.class, document.societyCode());
    String hash = sha256(document.content());
    Optional<DocumentInfo> earlier = jdbc.query(
        "SELECT " + INFO_COLUMNS + " FROM application_document WHERE society_code = ? AND round_year = ?"
            + " AND application_key IS NOT DISTINCT FROM ? AND kind = ? AND voucher_number IS NOT DISTINCT FROM ?"
            + " AND size_bytes = ? AND sha256 = ? ORDER BY id",
        ApplicationDocuments::info, document.societyCode(), document.roundYear(), document.applicationKey(),
        document.kind().name(), document.voucherNumber(), (long) document.content().length, hash)
        .stream().findFirst();
    if (earlier.isEmpty()) {
      insertRow(document, hash);
    }
    return earlier;
  }

  /** Stores a checked file with its size and SHA-256; returns its id. */
  public long store(NewDocument document) {
    return insertRow(document, sha256(document.content()));
  }

  private long insertRow(NewDocument document, String hash) {
    byte[] content = document.content();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO application_document (society_code, round_year, kind, file_name, content_type,"
              + " size_bytes, sha256, content, uploaded_by, uploaded_at, application_key, voucher_number)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      insert.setString(1, document.societyCode());
      insert.setInt(2, document.roundYear());
      insert.setString(3, document.kind().name());
      insert.setString(4, document.fileName());
      insert.setString(5, document.type().contentType());
      insert.setLong(6, content.length);
      insert.setString(7, hash);
      insert.setBytes(8, content);
      insert.setString(9, document.uploadedBy());
      insert.setTimestamp(10, Timestamp.from(document.uploadedAt()));
      insert.setString(11, document.applicationKey());
      insert.setString(12, document.voucherNumber());
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  /** Removes a file; returns whether there was one. */
  public boolean delete(long id) {
    return jdbc.update("DELETE FROM application_document WHERE id = ?", id) > 0;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private long count(String sql, Object... arguments) {
    Long count = jdbc.queryForObject(sql, Long.class, arguments);
    return count == null ? 0 : count;
  }

  private static DocumentInfo info(ResultSet rs, int row) throws SQLException {
    return new DocumentInfo(
        rs.getLong("id"),
        rs.getString("society_code"),
        rs.getInt("round_year"),
        DocumentKind.valueOf(rs.getString("kind")),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant(),
        rs.getString("application_key"),
        rs.getString("voucher_number"));
  }
}
