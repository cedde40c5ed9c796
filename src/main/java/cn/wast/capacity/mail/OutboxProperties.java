package cn.wast.capacity.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox's settings ({@code capacity.mail.*}); durations are ISO 8601.
 *
 * @param from the sender, with its Chinese display name: {@code 武汉市科协学会能力提升专项办公室 <noreply@…>}
 * @param officeAddress the programme office's mailbox; every mail names it as Reply-To, so a
 *     society's reply reaches the office and not the no-reply sender
 * @param batchSize how many due mails one {@link OutboxSender#sendDue()} sends at most
 * @param maxAttempts after this many failed attempts a mail is FAILED (kept, and can be retried)
 * @param retryDelay the wait after the first failure; it doubles with each further failure, up
 *     to one hour
 * @param sendInterval the pause between two runs of the background sender
 * @param claimLock how long a claimed mail stays with its sender before another may take it
 *     over (a node that died mid-send); far longer than the SMTP time-outs
 */
@ConfigurationProperties("capacity.mail")
public record OutboxProperties(
    String from,
    String officeAddress,
    int batchSize,
    int maxAttempts,
    Duration retryDelay,
    Duration sendInterval,
    Duration claimLock) {

  public OutboxProperties {
    if (from == null || from.isBlank()) {
      throw new IllegalArgumentException("capacity.mail.from is not set");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("capacity.mail.batch-size must be at least 1");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("capacity.mail.max-attempts must be at least 1");
    }
    if (retryDelay == null || retryDelay.isNegative() || retryDelay.isZero()) {
      throw new IllegalArgumentException("capacity.mail.retry-delay must be a positive duration");
    }
    if (sendInterval == null || sendInterval.isNegative() || sendInterval.isZero()) {
      throw new IllegalArgumentException("capacity.mail.send-interval must be a positive duration");
    }
    if (claimLock == null || claimLock.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new IllegalArgumentException("capacity.mail.claim-lock must be at least PT10S, longer than the SMTP time-outs");
    }
  }
}
