package cn.wast.capacity.mail;

import java.time.Instant;

/**
 * A mail as the outbox holds it: the exact text that is (or was) sent, and how its sending
 * stands. {@code attempts} counts the attempts to send it, the successful one included.
 * {@code resentAt} and {@code resentBy}: when and by whom the office sent a failed mail again
 * (once at most), or {@code null}.
 */
public record OutboxMail(
    long id,
    String dedupKey,
    MailType type,
    String recipient,
    String subject,
    String body,
    String societyCode,
    String businessKey,
    String processInstanceId,
    MailStatus status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String lastError,
    Instant resentAt,
    String resentBy) {}
