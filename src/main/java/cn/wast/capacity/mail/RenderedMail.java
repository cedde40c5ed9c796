package cn.wast.capacity.mail;

/** A mail written from its template: one-line subject and plain-text body. */
public record RenderedMail(String subject, String body) {}
