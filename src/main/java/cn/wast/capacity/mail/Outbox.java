package cn.wast.capacity.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The mail outbox ({@code mail_outbox}). A process step enqueues its mail here, with the same
 * JDBC connection and so in the same transaction as the step: if the step rolls back, the mail
 * is gone too. {@link OutboxSender} sends what is committed, retrying until the SMTP server
 * takes it.
 *
 * <p>The mail is written from its template when it is enqueued; the stored subject and body are
 * exactly what is sent. One mail per dedup key, ever: enqueueing a key that is already there
 * changes nothing (a retried job or a repeated step sends no second mail).
 */
@Component
public class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);
  /** mail_outbox.body (V11): an expert's assignment letter lists every application of theirs. */
  static final int MAX_BODY_LENGTH = 200_000;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+$");

  // Works on H2 2.x and PostgreSQL 15 alike. It neither relies on nor catches a unique
  // violation, which on PostgreSQL would abort the engine's surrounding transaction. The casts
  // give PostgreSQL the parameters' types, which a SELECT list does not. (Two transactions that
  // insert one key at the same moment: the second fails on the unique constraint and its step
  // is retried, then finds the row.)
  private static final String INSERT =
      "INSERT INTO mail_outbox (dedup_key, mail_type, recipient, subject, body, society_code,"
          + " business_key, process_instance_id, status, attempts, created_at, next_attempt_at)"
          + " SELECT CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
          + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
          + " 'PENDING', 0, CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP)"
          + " WHERE NOT EXISTS (SELECT 1 FROM mail_outbox WHERE dedup_key = CAST(? AS VARCHAR))";

  private static final String COLUMNS =
      "id, dedup_key, mail_type, recipient, subject, body, society_code, business_key,"
          + " process_instance_id, status, attempts, created_at, next_attempt_at, sent_at, last_error, resent_at, resent_by";

  public static final RowMapper<OutboxMail> ROW = Outbox::map;

  private final JdbcTemplate jdbc;
  private final MailTemplates templates;

  public Outbox(JdbcTemplate jdbc, MailTemplates templates) {
    this.jdbc = jdbc;
    this.templates = templates;
  }

  /**
   * Writes the mail from its template and puts it in the outbox as PENDING, due at once (on the
   * engine clock), in the caller's transaction. Does nothing if its dedup key is already there.
   *
   * @throws IllegalArgumentException if the recipient is blank or no address, the dedup key is
   *     blank or too long, a template value is missing, or the written mail is too long to store
   */
  public void enqueue(OutgoingMail mail) {
    if (mail == null || mail.type() == null) {
      throw new IllegalArgumentException("mail or mail type is missing");
    }
    String recipient = mail.recipient() == null ? "" : mail.recipient().strip();
    if (recipient.isEmpty()) {
      throw new IllegalArgumentException(mail.type() + " (" + mail.dedupKey() + ") has no recipient");
    }
    if (!acceptsAddress(recipient)) {
      throw new IllegalArgumentException(
          mail.type() + " (" + mail.dedupKey() + "): '" + recipient + "' is not an email address");
    }
    if (mail.dedupKey() == null || mail.dedupKey().isBlank() || mail.dedupKey().length() > 300) {
      throw new IllegalArgumentException(mail.type() + ": the dedup key must be 1 to 300 characters");
    }
    RenderedMail rendered = templates.render(mail.type(), mail.model());
    if (rendered.subject().length() > 500 || rendered.body().length() > MAX_BODY_LENGTH) {
      throw new IllegalArgumentException(mail.type() + " (" + mail.dedupKey()
          + ") is too long to store: subject " + rendered.subject().length() + " of 500, body "
          + rendered.body().length() + " of " + MAX_BODY_LENGTH + " characters");
    }
    Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    int inserted = jdbc.update(INSERT,
        mail.dedupKey(), mail.type().name(), recipient, rendered.subject(), rendered.body(),
        mail.societyCode(), mail.businessKey(), mail.processInstanceId(), now, now,
        mail.dedupKey());
    if (inserted == 0) {
      log.debug("Mail {} is already in the outbox; not enqueued again", mail.dedupKey());
    } else {
      log.info("Mail {} to {} queued ({})", mail.type(), recipient, mail.dedupKey());
    }
  }

  /** Whether the outbox takes this as a recipient's address (one address, no list). */
  public static boolean acceptsAddress(String address) {
    String recipient = address == null ? "" : address.strip();
    return recipient.length() <= 300 && EMAIL.matcher(recipient).matches();
  }

  /** One mail of the outbox. */
  public Optional<OutboxMail> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?", ROW, id).stream().findFirst();
  }

  /**
   * Puts a FAILED mail back to PENDING, due now with its attempts counted afresh, and records
   * who did it and when: once per mail. Runs in the caller's transaction.
   */
  public Resend resend(long id, String userId, Instant at) {
    int updated = jdbc.update(
        "UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, locked_until = NULL,"
            + " resent_at = ?, resent_by = ? WHERE id = ? AND status = 'FAILED' AND resent_at IS NULL",
        Timestamp.from(at), Timestamp.from(at), userId, id);
    if (updated == 1) {
      log.info("Failed mail {} will be sent again, as {} asked", id, userId);
      return Resend.QUEUED;
    }
    return find(id).map(mail -> mail.resentAt() != null ? Resend.ALREADY_RESENT : Resend.NOT_FAILED)
        .orElse(Resend.NO_SUCH_MAIL);
  }

  /** What became of a request to send a failed mail again. */
  public enum Resend {
    QUEUED, ALREADY_RESENT, NOT_FAILED, NO_SUCH_MAIL
  }

  /** Every mail about a society, oldest first. */
  public List<OutboxMail> findBySociety(String societyCode) {
    return jdbc.query("SELECT " + COLUMNS + " FROM mail_outbox WHERE society_code = ? ORDER BY created_at, id",
        ROW, societyCode);
  }

  /** Every mail a process instance caused, oldest first. */
  public List<OutboxMail> findByProcessInstance(String processInstanceId) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM mail_outbox WHERE process_instance_id = ? ORDER BY created_at, id",
        ROW, processInstanceId);
  }

  /** Mails not sent yet that will still be tried: PENDING or SENDING (FAILED ones not counted). */
  public long countPending() {
    Long count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')", Long.class);
    return count == null ? 0 : count;
  }

  private static OutboxMail map(ResultSet rs, int row) throws SQLException {
    return new OutboxMail(
        rs.getLong("id"),
        rs.getString("dedup_key"),
        MailType.valueOf(rs.getString("mail_type")),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("society_code"),
        rs.getString("business_key"),
        rs.getString("process_instance_id"),
        MailStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("next_attempt_at")),
        instant(rs.getTimestamp("sent_at")),
        rs.getString("last_error"),
        instant(rs.getTimestamp("resent_at")),
        rs.getString("resent_by"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
