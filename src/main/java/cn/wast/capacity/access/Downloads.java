package cn.wast.capacity.access;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/** How the system's download endpoints name their files and refuse, in one way. */
public final class Downloads {

  private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private Downloads() {}

  /** {@code inline; filename*=UTF-8''…} (RFC 6266 / RFC 5987), whatever the name's characters. */
  public static String inline(String fileName) {
    return "inline; filename*=UTF-8''" + UriUtils.encode(fileName, StandardCharsets.UTF_8);
  }

  /** {@code attachment; filename*=UTF-8''…}: the browser saves the file instead of showing it. */
  public static String attachment(String fileName) {
    return "attachment; filename*=UTF-8''" + UriUtils.encode(fileName, StandardCharsets.UTF_8);
  }

  /** A refused download: the status, and why in Chinese as plain text. */
  public static ResponseEntity<byte[]> refusal(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(TEXT).body(message.getBytes(StandardCharsets.UTF_8));
  }
}
