package cn.wast.capacity.funds;

import cn.wast.capacity.Numbers;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * R-CHK-1, R-DYN-1, R-SUP-1: the tranches a check did not pay ({@code held_tranche}), each with
 * its amount and reason; a tranche held at the mid-term is released when the final acceptance
 * passes and pays everything still due.
 */
@Repository
public class HeldTranches {

  /** A tranche not paid, and when a later pass paid it (null while it stays held). */
  public record Held(String applicationKey, Tranche tranche, BigDecimal amount, String reason, Instant heldAt,
      Instant releasedAt) {

    /** For the office and the society: “暂缓拨付 中期检查通过后 60,000.00 元（原因）”. */
    public String text() {
      return (releasedAt == null ? "暂缓拨付 " : "曾暂缓拨付（已于结项验收通过后拨付） ") + tranche.label() + " "
          + Numbers.yuan(amount) + "（" + reason + "）";
    }
  }

  private final JdbcTemplate jdbc;

  HeldTranches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Held hold(String applicationKey, Tranche tranche, BigDecimal amount, String reason, Instant at) {
    jdbc.update("INSERT INTO held_tranche (application_key, tranche, amount, reason, held_at) VALUES (?, ?, ?, ?, ?)",
        applicationKey, tranche.name(), amount, reason, Timestamp.from(at));
    return new Held(applicationKey, tranche, amount, reason, at, null);
  }

  /** Marks every tranche still held as paid now; returns what they came to. */
  public BigDecimal release(String applicationKey, Instant at) {
    BigDecimal held = stillHeld(applicationKey);
    jdbc.update("UPDATE held_tranche SET released_at = ? WHERE application_key = ? AND released_at IS NULL",
        Timestamp.from(at), applicationKey);
    return held;
  }

  /** What is held now, not yet released by a pass. */
  public BigDecimal stillHeld(String applicationKey) {
    BigDecimal held = jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM held_tranche"
        + " WHERE application_key = ? AND released_at IS NULL", BigDecimal.class, applicationKey);
    return held == null ? BigDecimal.ZERO : held.setScale(2);
  }

  public List<Held> findByApplication(String applicationKey) {
    return jdbc.query("SELECT * FROM held_tranche WHERE application_key = ? ORDER BY held_at, id",
        (rs, n) -> new Held(rs.getString("application_key"), Tranche.valueOf(rs.getString("tranche")),
            rs.getBigDecimal("amount"), rs.getString("reason"), rs.getTimestamp("held_at").toInstant(),
            rs.getTimestamp("released_at") == null ? null : rs.getTimestamp("released_at").toInstant()),
        applicationKey);
  }
}
