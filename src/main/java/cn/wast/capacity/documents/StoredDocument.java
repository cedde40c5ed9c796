package cn.wast.capacity.documents;

/** An uploaded file with its content. */
public record StoredDocument(DocumentInfo info, byte[] content) {}
