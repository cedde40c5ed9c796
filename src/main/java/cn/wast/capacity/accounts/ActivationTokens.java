package cn.wast.capacity.accounts;

import cn.wast.capacity.ProgrammeClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one-time activation links ({@code account_activation}): a token of 32 random bytes,
 * base64url, goes into the mail; only its SHA-256 is stored, with its user, its expiry and when
 * it was used or made void. A user has at most one live link: issuing one voids the earlier ones.
 */
@Component
class ActivationTokens {

  private final JdbcTemplate jdbc;
  private final ProgrammeClock clock;
  private final AccountsProperties properties;
  private final SecureRandom random = new SecureRandom();

  ActivationTokens(JdbcTemplate jdbc, ProgrammeClock clock, AccountsProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  /** A token as mailed, and the stored link's id and expiry. */
  record Issued(String token, long id, Instant expiresAt) {}

  /** A stored link, found by its token. */
  record Activation(long id, String userId, Instant expiresAt, Instant usedAt, Instant revokedAt) {}

  Issued issue(String userId) {
    revokeAll(userId);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.now();
    Instant expiresAt = now.plus(properties.activationValidFor());
    jdbc.update("INSERT INTO account_activation (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
        hash(token), userId, Timestamp.from(now), Timestamp.from(expiresAt));
    long id = jdbc.queryForObject("SELECT id FROM account_activation WHERE token_hash = ?", Long.class, hash(token));
    return new Issued(token, id, expiresAt);
  }

  Optional<Activation> find(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    return jdbc.query("SELECT id, user_id, expires_at, used_at, revoked_at FROM account_activation WHERE token_hash = ?",
        (rs, n) -> new Activation(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))), hash(token)).stream().findFirst();
  }

  /** Marks the link used, unless another request used or voided it first; whether this one did. */
  boolean use(long id, Instant at) {
    return jdbc.update("UPDATE account_activation SET used_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL",
        Timestamp.from(at), id) == 1;
  }

  /** Voids every link of the user not used yet. */
  void revokeAll(String userId) {
    jdbc.update("UPDATE account_activation SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL",
        Timestamp.from(clock.now()), userId);
  }

  /** Whether the user's latest link was used (the account was activated after its last reset). */
  boolean lastWasUsed(String userId) {
    return jdbc.query("SELECT used_at FROM account_activation WHERE user_id = ? ORDER BY id DESC",
        (rs, n) -> rs.getTimestamp(1) != null, userId).stream().findFirst().orElse(false);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
