package cn.wast.capacity.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The award paid in tranches ({@code payment}). A tranche is paid once; the final acceptance's
 * tranche pays what is still due, so that rounding, a held tranche or an adjustment is settled to
 * the cent.
 */
@Repository
public class Payments {

  /** A recorded payment. */
  public record Payment(String applicationKey, Tranche tranche, BigDecimal amount, Instant paidAt) {}

  private final JdbcTemplate jdbc;
  private final FundsProperties funds;

  Payments(JdbcTemplate jdbc, FundsProperties funds) {
    this.jdbc = jdbc;
    this.funds = funds;
  }

  /**
   * Records the tranche's payment of its share of the award and returns it; the final
   * acceptance's tranche pays everything still due of the award (see {@link #payRemainder}).
   */
  public Payment pay(String applicationKey, BigDecimal award, Tranche tranche, Instant at) {
    if (tranche == Tranche.FINAL_ACCEPTED) {
      return payRemainder(applicationKey, award, at).orElseThrow();
    }
    return insert(applicationKey, tranche, share(award, tranche), at);
  }

  /** The tranche's share of the award, to the cent. */
  public BigDecimal share(BigDecimal award, Tranche tranche) {
    return award.multiply(funds.tranches().getOrDefault(tranche, BigDecimal.ZERO)).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * R-DYN-1: pays, as the final acceptance's tranche, what is due less what was paid, to the cent;
   * nothing when nothing is left to pay.
   */
  public Optional<Payment> payRemainder(String applicationKey, BigDecimal due, Instant at) {
    BigDecimal rest = due.subtract(paid(applicationKey));
    return rest.signum() > 0 ? Optional.of(insert(applicationKey, Tranche.FINAL_ACCEPTED, rest, at)) : Optional.empty();
  }

  private Payment insert(String applicationKey, Tranche tranche, BigDecimal amount, Instant at) {
    jdbc.update("INSERT INTO payment (application_key, tranche, amount, paid_at) VALUES (?, ?, ?, ?)",
        applicationKey, tranche.name(), amount, Timestamp.from(at));
    return new Payment(applicationKey, tranche, amount, at);
  }

  public BigDecimal paid(String applicationKey) {
    BigDecimal paid = jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM payment WHERE application_key = ?",
        BigDecimal.class, applicationKey);
    return paid == null ? BigDecimal.ZERO : paid;
  }

  public List<Payment> findByApplication(String applicationKey) {
    return jdbc.query("SELECT * FROM payment WHERE application_key = ? ORDER BY paid_at, id",
        (rs, n) -> new Payment(rs.getString("application_key"), Tranche.valueOf(rs.getString("tranche")),
            rs.getBigDecimal("amount"), rs.getTimestamp("paid_at").toInstant()), applicationKey);
  }
}
