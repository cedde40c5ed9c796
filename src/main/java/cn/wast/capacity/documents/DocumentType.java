package cn.wast.capacity.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the upload page accepts. The signature bytes at the start of a file say which
 * type it claims to be, never the file name or the content type the browser sends; whether it
 * is one is decided by opening it ({@link DocumentContent}).
 */
public enum DocumentType {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String contentType;
  private final String extension;
  private final byte[] signature;

  DocumentType(String contentType, String extension, byte[] signature) {
    this.contentType = contentType;
    this.extension = extension;
    this.signature = signature;
  }

  public String contentType() {
    return contentType;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether a file name already ends in an extension usual for this type. */
  public boolean fitsName(String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("." + extension) || (this == JPEG && lower.endsWith(".jpeg"));
  }

  /** The type a file claims by its first bytes; empty when it claims none of the accepted types. */
  public static Optional<DocumentType> detect(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(t -> t.startsWith(content)).findFirst();
  }

  public static Optional<DocumentType> ofContentType(String contentType) {
    return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
  }

  private boolean startsWith(byte[] content) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
