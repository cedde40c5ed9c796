package cn.wast.capacity.mail;

import java.time.Instant;
import java.util.List;

/** A mail the demo mail sink received, decoded: addresses, subject and plain-text body. */
public record ReceivedMail(Instant receivedAt, String from, List<String> to, String subject, String body) {}
