package cn.wast.capacity.registryimport;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Uploaded files waiting for their commit, in the uploader's own HTTP session under a random id;
 * gone with the session, after {@link #KEPT} or once committed. Nobody else's session can reach
 * them, and the page never posts rows back.
 */
final class PendingImports {

  static final Duration KEPT = Duration.ofHours(2);
  private static final String ATTRIBUTE = PendingImports.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private PendingImports() {}

  static String newId() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static void keep(HttpSession session, PendingImport pending) {
    synchronized (PendingImports.class) {
      Map<String, PendingImport> held = held(session, pending.uploadedAt());
      held.put(pending.id(), pending);
      session.setAttribute(ATTRIBUTE, held);
    }
  }

  static Optional<PendingImport> find(HttpSession session, String id, ImportKind kind, String userId, Instant now) {
    synchronized (PendingImports.class) {
      return Optional.ofNullable(held(session, now).get(id))
          .filter(p -> p.kind() == kind && p.uploadedBy().equals(userId));
    }
  }

  static void remove(HttpSession session, String id) {
    synchronized (PendingImports.class) {
      Map<String, PendingImport> held = held(session, Instant.EPOCH);
      held.remove(id);
      session.setAttribute(ATTRIBUTE, held);
    }
  }

  /** The session's pending files, without those older than {@link #KEPT} at {@code now}. */
  @SuppressWarnings("unchecked")
  private static Map<String, PendingImport> held(HttpSession session, Instant now) {
    Object value = session.getAttribute(ATTRIBUTE);
    Map<String, PendingImport> held = value instanceof Map<?, ?> map
        ? new LinkedHashMap<>((Map<String, PendingImport>) map) : new LinkedHashMap<>();
    for (String id : List.copyOf(held.keySet())) {
      if (held.get(id).uploadedAt().plus(KEPT).isBefore(now)) {
        held.remove(id);
      }
    }
    return held;
  }
}
