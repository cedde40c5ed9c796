package cn.wast.capacity.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
  /** Waiting for its (next) attempt at {@code next_attempt_at}. */
  PENDING,
  /** Claimed by a sender until {@code locked_until}; claimed again if that passes. */
  SENDING,
  /** Accepted by the SMTP server at {@code sent_at}. */
  SENT,
  /** Every attempt failed; kept, and sent again after {@link OutboxSender#retryFailed()}. */
  FAILED
}
