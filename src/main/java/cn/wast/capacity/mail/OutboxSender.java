package cn.wast.capacity.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's committed mails, in the background every {@code capacity.mail.send-interval}.
 *
 * <p>Each due mail is first claimed with a conditional UPDATE in its own short transaction (so
 * two senders, on one node or several, never claim the same mail), then sent over SMTP outside
 * any transaction, then marked in another short transaction: SENT, or back to PENDING with a
 * doubling delay ({@code retry-delay} × 2^(attempts−1), at most one hour), or FAILED after
 * {@code max-attempts}. A FAILED mail is kept and is sent again after {@link #retryFailed()}.
 * A claim lasts {@code capacity.mail.claim-lock}; a sender that dies in between leaves the mail
 * SENDING until then, and it is claimed again afterwards.
 *
 * <p>Each claim adds one to {@code attempts}, and the marks apply only while {@code attempts}
 * is still the claimed value: a sender whose claim had expired and been taken over cannot
 * overwrite the newer claim's outcome. Times are the engine clock's.
 */
@Component
public class OutboxSender {

  /** The longest wait between two attempts. */
  static final Duration MAX_DELAY = Duration.ofHours(1);
  private static final Duration FIRST_RECORD_RETRY = Duration.ofMillis(500);
  private static final Duration LONGEST_RECORD_RETRY = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final String DUE =
      "(status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND locked_until < ?)";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final JavaMailSender mailSender;
  private final OutboxProperties properties;
  private final InternetAddress from;
  private final InternetAddress replyTo;

  public OutboxSender(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager,
      JavaMailSender mailSender,
      OutboxProperties properties) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.transaction.setTimeout(30);
    this.mailSender = mailSender;
    this.properties = properties;
    this.from = address("capacity.mail.from", properties.from());
    this.replyTo = properties.officeAddress() == null || properties.officeAddress().isBlank()
        ? null
        : address("capacity.mail.office-address", properties.officeAddress());
  }

  @Scheduled(
      fixedDelayString = "${capacity.mail.send-interval}",
      initialDelayString = "${capacity.mail.send-interval}")
  void sendInBackground() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      log.warn("The outbox could not be read; trying again in {}", properties.sendInterval(), e);
    }
  }

  /**
   * Sends up to {@code capacity.mail.batch-size} due mails: PENDING ones whose next attempt is
   * due, and SENDING ones whose claim has expired. Mails another sender claims first are left to
   * it.
   *
   * @return how many mails the SMTP server accepted
   */
  public int sendDue() {
    Timestamp now = now();
    List<Long> due = jdbc.queryForList(
        "SELECT id FROM mail_outbox WHERE " + DUE + " ORDER BY next_attempt_at, id"
            + " FETCH FIRST " + properties.batchSize() + " ROWS ONLY",
        Long.class, now, now);
    int sent = 0;
    for (long id : due) {
      Optional<Claim> claim = claim(id);
      if (claim.isPresent() && send(claim.get())) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * Puts every FAILED mail back to PENDING, due now, with its attempts counted afresh (its last
   * error is kept until the next attempt).
   *
   * @return how many mails will be tried again
   */
  public int retryFailed() {
    Timestamp now = now();
    Integer count = transaction.execute(status -> jdbc.update(
        "UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, locked_until = NULL"
            + " WHERE status = 'FAILED'",
        now));
    int retried = count == null ? 0 : count;
    if (retried > 0) {
      log.info("{} failed mail(s) will be sent again", retried);
    }
    return retried;
  }

  /** Claims one mail if it is still due; empty if another sender has it or it is no longer due. */
  Optional<Claim> claim(long id) {
    return transaction.execute(status -> {
      Timestamp now = now();
      int updated = jdbc.update(
          "UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1, locked_until = ?"
              + " WHERE id = ? AND (" + DUE + ")",
          Timestamp.from(now.toInstant().plus(properties.claimLock())), id, now, now);
      if (updated != 1) {
        return Optional.<Claim>empty();
      }
      return Optional.of(jdbc.queryForObject(
          "SELECT id, mail_type, recipient, subject, body, attempts FROM mail_outbox WHERE id = ?",
          (rs, row) -> new Claim(rs.getLong("id"), MailType.valueOf(rs.getString("mail_type")),
              rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")),
          id));
    });
  }

  private boolean send(Claim claim) {
    try {
      mailSender.send(message(claim));
    } catch (RuntimeException | MessagingException e) {
      failed(claim, e);
      return false;
    }
    sent(claim);
    return true;
  }

  private MimeMessage message(Claim claim) throws MessagingException {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    if (replyTo != null) {
      helper.setReplyTo(replyTo);
    }
    helper.setTo(claim.recipient());
    helper.setSubject(claim.subject());
    helper.setText(claim.body(), false);
    helper.setSentDate(Date.from(now().toInstant()));
    message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies, please
    // The same Message-ID on every attempt: should a relay accept a mail and then lose the
    // connection before saying so, the copy sent again is recognisably the same mail.
    message.setHeader("Message-ID", messageId(claim.id()));
    return message;
  }

  /** The Message-ID of an outbox mail: stable across attempts, unique per mail. */
  String messageId(long outboxId) {
    return messageId(outboxId, from);
  }

  /** The Message-ID of the outbox mail {@code outboxId} sent from {@code sender}. */
  public static String messageId(long outboxId, InternetAddress sender) {
    String address = sender.getAddress();
    return "<outbox-" + outboxId + "@" + address.substring(address.indexOf('@') + 1) + ">";
  }

  /**
   * Records that the relay accepted the mail. Should the database be unreachable at that moment
   * (restarted, failed over), the record is tried again until it gets through, for half the
   * claim's time at most: within the claim no other sender takes the mail, so it is not sent twice.
   */
  private void sent(Claim claim) {
    Instant giveUp = Instant.now().plus(properties.claimLock().dividedBy(2));
    Duration wait = FIRST_RECORD_RETRY;
    while (true) {
      try {
        markSent(claim);
        return;
      } catch (DataAccessException | TransactionException databaseUnreachable) {
        if (Instant.now().plus(wait).isAfter(giveUp)) {
          log.error("Mail {} was sent, but could not be recorded as sent: it may arrive twice", claim.id(),
              databaseUnreachable);
          return;
        }
        log.warn("Mail {} was sent, but the database cannot record it yet ({}); trying again in {}", claim.id(),
            databaseUnreachable.getMessage(), wait);
        pause(wait);
        wait = doubled(wait, LONGEST_RECORD_RETRY);
      }
    }
  }

  private static void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while recording a sent mail", e);
    }
  }

  private void markSent(Claim claim) {
    Integer updated = transaction.execute(status -> jdbc.update(
        "UPDATE mail_outbox SET status = 'SENT', sent_at = ?, locked_until = NULL"
            + " WHERE id = ? AND status = 'SENDING' AND attempts = ?",
        now(), claim.id(), claim.attempts()));
    if (updated == null || updated != 1) {
      log.warn("Mail {} was sent, but its claim had expired and was taken over: it may arrive twice",
          claim.id());
    }
  }

  private void failed(Claim claim, Exception error) {
    Instant now = now().toInstant();
    boolean last = claim.attempts() >= properties.maxAttempts();
    Instant next = last ? now : now.plus(delayAfter(properties.retryDelay(), claim.attempts()));
    String message = describe(error);
    transaction.executeWithoutResult(status -> jdbc.update(
        "UPDATE mail_outbox SET status = ?, next_attempt_at = ?, locked_until = NULL, last_error = ?"
            + " WHERE id = ? AND status = 'SENDING' AND attempts = ?",
        last ? MailStatus.FAILED.name() : MailStatus.PENDING.name(), Timestamp.from(next), message,
        claim.id(), claim.attempts()));
    if (last) {
      log.error("Mail {} ({} to {}) FAILED after {} attempts and will not be tried again until"
              + " OutboxSender.retryFailed(): {}",
          claim.id(), claim.type(), claim.recipient(), claim.attempts(), message);
    } else {
      log.warn("Mail {} ({} to {}) not sent (attempt {} of {}), next attempt at {}: {}",
          claim.id(), claim.type(), claim.recipient(), claim.attempts(), properties.maxAttempts(), next,
          message);
    }
  }

  /** retry-delay × 2^(attempts−1), at most {@link #MAX_DELAY}. */
  static Duration delayAfter(Duration retryDelay, int attempts) {
    Duration delay = retryDelay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : retryDelay;
    for (int i = 1; i < attempts && delay.compareTo(MAX_DELAY) < 0; i++) {
      delay = doubled(delay, MAX_DELAY);
    }
    return delay;
  }

  /** Twice {@code wait}, but never more than {@code longest}. */
  private static Duration doubled(Duration wait, Duration longest) {
    Duration twice = wait.multipliedBy(2);
    return twice.compareTo(longest) > 0 ? longest : twice;
  }

  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable e = error; e != null && text.length() < 2000; e = e.getCause()) {
      if (!text.isEmpty()) {
        text.append(" <- ");
      }
      text.append(e.getClass().getSimpleName());
      if (e.getMessage() != null) {
        text.append(": ").append(e.getMessage().strip());
      }
      if (e.getCause() == e) {
        break;
      }
    }
    return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
  }

  private static InternetAddress address(String key, String text) {
    try {
      InternetAddress[] parsed = InternetAddress.parse(text, false);
      if (parsed.length != 1) {
        throw new IllegalArgumentException(key + " must be one address: " + text);
      }
      InternetAddress address = parsed[0].getPersonal() == null
          ? new InternetAddress(parsed[0].getAddress())
          : new InternetAddress(parsed[0].getAddress(), parsed[0].getPersonal(), StandardCharsets.UTF_8.name());
      address.validate();
      return address;
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalArgumentException(key + " is not a valid address: " + text, e);
    }
  }

  private static Timestamp now() {
    return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
  }

  /** A mail this sender has claimed, with the attempt number that identifies the claim. */
  record Claim(long id, MailType type, String recipient, String subject, String body, int attempts) {}
}
