package cn.wast.capacity.application;

/** An uploaded file with its content. */
public record StoredDocument(DocumentInfo info, byte[] content) {}
