package cn.wast.capacity.mail;

import java.util.Map;

/**
 * A mail a process step wants sent.
 *
 * @param type which template it is written from
 * @param dedupKey one mail per key, ever: the application (or round), the type and the step,
 *     e.g. {@code 2026-CMES:CORRECTION_REQUESTED:correction-2}; enqueueing the same key again
 *     (a retried job, a repeated step) changes nothing
 * @param recipient the society's (or person's) address
 * @param model a value for each of {@link MailType#modelKeys()}, already formatted
 * @param societyCode the society the mail concerns, or {@code null}
 * @param businessKey the application's or round's business key, or {@code null}
 * @param processInstanceId the process instance whose step causes the mail, or {@code null}
 */
public record OutgoingMail(
    MailType type,
    String dedupKey,
    String recipient,
    Map<String, String> model,
    String societyCode,
    String businessKey,
    String processInstanceId) {}
